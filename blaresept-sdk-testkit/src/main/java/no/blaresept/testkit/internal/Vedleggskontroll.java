package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Checks one attachment as the service would (F-4.7): base64 content, at most 15 MB decoded, and
 * content that really is what its mimetype says (PDF or DOCX magic bytes). Stateless, thread-safe.
 */
final class Vedleggskontroll {

    static final long MAKS_BYTES = 15L * 1024 * 1024;
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] PDF_MAGI = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGI = {'P', 'K', 3, 4};

    private Vedleggskontroll() {
    }

    static Optional<Problem.Feil> sjekk(JsonNode vedlegg, String sti) {
        String mimetype = vedlegg.path("mimetype").asText("");
        byte[] innhold;
        try {
            innhold = Base64.getDecoder().decode(vedlegg.path("innhold").asText(""));
        } catch (IllegalArgumentException e) {
            return Optional.of(new Problem.Feil(sti + "/innhold", "UGYLDIG_BASE64", "Vedlegget er ikke gyldig base64."));
        }
        if (innhold.length > MAKS_BYTES) {
            return Optional.of(new Problem.Feil(sti + "/innhold", "FOR_STORT", "Vedlegget er større enn 15 MB."));
        }
        boolean stemmer = switch (mimetype) {
            case PDF -> starterMed(innhold, PDF_MAGI);
            case DOCX -> starterMed(innhold, ZIP_MAGI);
            default -> false;
        };
        return stemmer ? Optional.empty() : Optional.of(new Problem.Feil(sti + "/mimetype", "FEIL_FILTYPE",
                "Vedlegget er ikke en PDF- eller DOCX-fil, eller innholdet stemmer ikke med oppgitt filtype."));
    }

    private static boolean starterMed(byte[] innhold, byte[] magi) {
        return innhold.length >= magi.length && Arrays.equals(innhold, 0, magi.length, magi, 0, magi.length);
    }
}
