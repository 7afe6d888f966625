package no.blaresept.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Differential, property-based test over the {@link Korpus}: for generated answer documents, the model agrees
 * with an independent draft-07 validator ({@link Orakel}) on validity (whole document and field by field), on
 * required-now (the removal oracle), and cleaning never removes a value a base declaration holds nor makes a
 * valid document invalid.
 */
class KorpusTest {
    private static final Map<String, SkjemaModell> MODELLER = new ConcurrentHashMap<>();
    private static final Map<String, Orakel> ORAKLER = new ConcurrentHashMap<>();

    @Property(tries = 8_000)
    void modelAgreesWithTheOracle(@ForAll("skjemaer") Korpus.Skjema skjema, @ForAll long frø) {
        SkjemaModell modell = MODELLER.computeIfAbsent(skjema.navn(), n -> SkjemaModell.fra(skjema.json()));
        Orakel orakel = ORAKLER.computeIfAbsent(skjema.navn(), n -> new Orakel(skjema.json()));
        ObjectNode dokument = new Korpussvar(skjema.json(), frø).dokument();
        Svar svar = Svar.fra(dokument);
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

    @Provide
    Arbitrary<Korpus.Skjema> skjemaer() {
        return Arbitraries.of(Korpus.ALLE);
    }
}
