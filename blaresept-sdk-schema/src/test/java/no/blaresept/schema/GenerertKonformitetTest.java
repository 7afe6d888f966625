package no.blaresept.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keyword conformance: random draft-07 schemas over every keyword (fields of an object form, with local
 * {@code $ref}s, an {@code $id} anchor, boolean subschemas, integral floats, mixed-type {@code const} and
 * {@code enum}) and random answers; the SDK's whole-document verdict must equal the independent validator's
 * ({@link Orakel}) on every pair, and the model's field-by-field verdict must have an error exactly when
 * the whole document has one. Zero disagreements over {@value #SKJEMAER} × {@value #SVAR_PER_SKJEMA} pairs.
 */
class GenerertKonformitetTest {
    static final int SKJEMAER = 5_000;
    static final int SVAR_PER_SKJEMA = 10;

    @Test
    void wholeDocumentValidityEqualsAnIndependentValidator() {
        List<String> uenige = new ArrayList<>();
        int par = 0;
        int gyldige = 0;
        for (int i = 0; i < SKJEMAER; i++) {
            Skjemagenerator g = new Skjemagenerator(i);
            ObjectNode skjema = g.skjema();
            SkjemaModell modell = SkjemaModell.of(skjema);
            Orakel orakel = new Orakel(skjema);
            for (int j = 0; j < SVAR_PER_SKJEMA; j++) {
                ObjectNode dokument = JsonNodeFactory.instance.objectNode();
                if (j > 0) {
                    dokument.set("x", g.verdi(2));
                }
                boolean forventet = orakel.gyldig(dokument);
                Svar svar = Svar.of(dokument);
                boolean sdk = modell.validerAlle(svar).gyldig();
                Valideringsresultat feltvis = modell.validerFeltvis(svar);
                par++;
                gyldige += forventet ? 1 : 0;
                if ((sdk != forventet || feltvis.gyldig() != forventet) && uenige.size() < 20) {
                    uenige.add("skjema " + i + ": " + skjema + "\n  svar " + dokument + " helhet " + sdk
                            + ", feltvis " + feltvis.feil() + ", orakel " + forventet);
                }
            }
        }
        assertThat(uenige).as("disagreements over %d pairs", par).isEmpty();
        assertThat(par).isGreaterThanOrEqualTo(50_000);
        assertThat(gyldige).as("both verdicts occur").isBetween(par / 10, par - par / 10);
    }
}
