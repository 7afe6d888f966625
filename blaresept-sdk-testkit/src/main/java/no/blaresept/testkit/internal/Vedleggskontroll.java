package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.Optional;
import no.blaresept.schema.Vedleggskrav;
import no.blaresept.schema.Vedleggstype;

/**
 * Checks one attachment as the service would (F-4.7): base64 content, at most 15 MB decoded, and
 * content that really is what its mimetype says — PDF or DOCX recognised by schema's
 * {@link Vedleggskrav#BLARESEPT}, the same recognition the SDK's {@code Vedlegg} uses. Stateless, thread-safe.
 */
final class Vedleggskontroll {

    private static final Vedleggskrav KRAV = Vedleggskrav.BLARESEPT;

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
        if (innhold.length > KRAV.maksBytes()) {
            return Optional.of(new Problem.Feil(sti + "/innhold", "FOR_STORT", "Vedlegget er større enn 15 MB."));
        }
        boolean stemmer = KRAV.gjenkjenn(innhold).map(Vedleggstype::medietype).filter(mimetype::equals).isPresent();
        return stemmer ? Optional.empty() : Optional.of(new Problem.Feil(sti + "/mimetype", "FEIL_FILTYPE",
                "Vedlegget er ikke en PDF- eller DOCX-fil, eller innholdet stemmer ikke med oppgitt filtype."));
    }
}
