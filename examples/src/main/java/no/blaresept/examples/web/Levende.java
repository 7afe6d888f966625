package no.blaresept.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.SkjemaTilstand;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Valideringsfeil;
import no.blaresept.schema.Vedleggskrav;

/**
 * Live evaluation of one change (F-2.9, F-2.10): the page posts {@code {"sti", "verdi"}} for the field
 * the doctor changed; the model sets it ({@code oppdater}, which removes values of fields the change
 * hides), and the answer tells the page, for every field, whether it is visible and required now, and
 * the changed field's errors in Norwegian. An attachment comes as base64: it is kept only if the model
 * accepts it (type by content, 15 MB), otherwise the answers stay as they were.
 *
 * <p>Stateless and thread-safe.
 */
final class Levende {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Levende() {
    }

    /** The longest body the live endpoint reads: a 15 MB attachment as base64, plus its JSON around it. */
    static int maksBytes() {
        return (int) (Vedleggskrav.BLARESEPT.maksBytes() / 3 * 4 + 64 * 1024);
    }

    /** The answer to a body longer than {@link #maksBytes()}: the page shows it at the file it sent. */
    static String forStor() {
        return JSON.createObjectNode().put("forStor", "Filen er større enn 15 MB. Den er ikke lagt ved.").toString();
    }

    /**
     * The answers after one change, and the JSON that tells the page what to show now.
     *
     * @param svar the answers after the change
     * @param json the answer to the page
     */
    record Resultat(Svar svar, String json) {
    }

    /**
     * Applies one change to the answers and says what the page must show now.
     *
     * @return the new answers and the page's answer, or empty when the request names no input field of this form
     */
    static Optional<Resultat> endre(SkjemaModell modell, Svar svar, byte[] kropp) {
        JsonNode endring;
        try {
            endring = JSON.readTree(kropp);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
        String sti = endring.path("sti").asText("");
        JsonNode verdi = endring.path("verdi");
        Optional<FeltTilstand> felt = modell.tilstand(svar).felt(sti);
        if (felt.isEmpty() || !Skjemapost.erInput(felt.get()) || !verdi.isTextual()) {
            return Optional.empty();
        }
        ObjectNode ut = JSON.createObjectNode();
        ObjectNode verdier = ut.putObject("verdier");
        List<Valideringsfeil> feil;
        Svar ny = svar;
        if (felt.get().felt().type() == FeltType.VEDLEGG) {
            Svar med = modell.oppdater(svar, sti, TextNode.valueOf(verdi.asText()));
            feil = modell.validerFelt(med, sti);
            if (feil.isEmpty()) {
                ny = filnavn(modell, med, sti, endring.path("filnavn").asText(""), verdier);
                ut.put("vedleggstatus", "Fil lagt ved (" + Math.max(1, verdi.asText().length() * 3L / 4 / 1024) + " kB).");
            }
        } else {
            ny = Verdier.sett(modell, svar, felt.get(), verdi.asText());
            feil = modell.validerFelt(ny, sti);
        }
        tilstand(ut, modell, ny);
        ArrayNode meldinger = ut.putObject("feil").putArray(sti);
        feil.forEach(f -> meldinger.add(f.melding()));
        return Optional.of(new Resultat(ny, ut.toString()));
    }

    // The uploaded file's name goes into the item's "filnavn" field when the schema has one beside the file.
    private static Svar filnavn(SkjemaModell modell, Svar svar, String sti, String filnavn, ObjectNode verdier) {
        String navnSti = Skjemarenderer.forelder(sti) + "/filnavn";
        if (filnavn.isBlank() || modell.tilstand(svar).felt(navnSti).isEmpty()) {
            return svar;
        }
        verdier.put(navnSti, filnavn);
        return modell.oppdater(svar, navnSti, TextNode.valueOf(filnavn));
    }

    private static void tilstand(ObjectNode ut, SkjemaModell modell, Svar svar) {
        ArrayNode felter = ut.putArray("felter");
        SkjemaTilstand tilstand = modell.tilstand(svar);
        for (FeltTilstand t : tilstand.felter()) {
            if (!t.sti().contains("/-")) {
                ObjectNode f = felter.addObject().put("sti", t.sti()).put("synlig", t.synlig()).put("pakrevd", t.pakrevd());
                modell.kodeverk(svar, t.sti()).filter(k -> k.system().isPresent())
                        .ifPresent(k -> f.put("kodesystem", Skjemarenderer.kodesystem(k)));
            }
        }
    }
}
