package no.blaresept.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential, property-based test over the {@link Korpus}: for generated answer documents, the model agrees
 * with an independent draft-07 validator ({@link Orakel}) on validity (whole document and field by field), on
 * required-now (the removal oracle), and cleaning never removes a value a base declaration holds nor makes a
 * valid document invalid.
 *
 * <p>Each schema gets {@value #SVAR_PER_SKJEMA} answer documents from seeds drawn from a fixed master seed,
 * so a failure names its seed and repeats. (Plain JUnit on purpose: jqwik's author asks AI agents, who
 * write much of this code, not to use it.)
 */
class KorpusTest {
    static final int SVAR_PER_SKJEMA = 400;

    static Stream<Korpus.Skjema> skjemaer() {
        return Korpus.ALLE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skjemaer")
    void modelAgreesWithTheOracle(Korpus.Skjema skjema) {
        SkjemaModell modell = SkjemaModell.of(skjema.json());
        Orakel orakel = new Orakel(skjema.json());
        SplittableRandom frø = new SplittableRandom(skjema.navn().hashCode());
        for (int i = 0; i < SVAR_PER_SKJEMA; i++) {
            long neste = frø.nextLong();
            try {
                sammenlign(modell, orakel, new Korpussvar(skjema.json(), neste).dokument());
            } catch (AssertionError e) {
                throw new AssertionError(skjema.navn() + ", seed " + neste + ": " + e.getMessage(), e);
            }
        }
    }

    private static void sammenlign(SkjemaModell modell, Orakel orakel, ObjectNode dokument) {
        Svar svar = Svar.of(dokument);
        boolean gyldig = orakel.gyldig(dokument);

        assertThat(modell.validerAlle(svar).gyldig()).as("whole document %s", dokument).isEqualTo(gyldig);
        assertThat(modell.validerFeltvis(svar).gyldig()).as("field by field %s: %s", dokument,
                modell.validerFeltvis(svar).feil()).isEqualTo(gyldig);
        for (FeltTilstand t : modell.tilstand(svar).felter()) {
            String forelder = t.sti().substring(0, t.sti().lastIndexOf('/'));
            if (dokument.at(forelder).isObject()) {
                JsonNode uten = svar.uten(t.sti()).json();
                String navn = t.sti().substring(t.sti().lastIndexOf('/') + 1);
                assertThat(t.pakrevd()).as("required now %s in %s", t.sti(), dokument)
                        .isEqualTo(orakel.mangler(uten, forelder, navn));
            }
        }
        Svar renset = modell.rens(svar);
        if (gyldig) {
            assertThat(orakel.gyldig(renset.json())).as("cleaning keeps %s valid: %s", dokument, renset.json()).isTrue();
        }
        for (Felt felt : modell.felter()) {
            if (!felt.betinget() && !felt.sti().contains("/-") && svar.harVerdi(felt.sti())
                    && !svar.json().at(felt.sti().substring(0, felt.sti().lastIndexOf('/'))).isMissingNode()) {
                assertThat(renset.harVerdi(felt.sti())).as("cleaning keeps base field %s of %s", felt.sti(), dokument)
                        .isTrue();
            }
        }
    }
}
