package no.blaresept.schema;

import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/** Values of branches that an answer change hides are not sent (the rjsf complaint), unless asked to keep them. */
class RensingTest {
    private final SkjemaModell skjema = SkjemaModell.of(Eksempelskjema.soknad());

    @Test
    void switchingTheBranchRemovesTheHiddenBranchValues() {
        Svar s = skjema.oppdater(Svar.empty(), "/hjemmel", TextNode.valueOf("BRF_3"));
        s = skjema.oppdater(s, "/legemiddel/navn", TextNode.valueOf("Metformin"));

        Svar etter = skjema.oppdater(s, "/hjemmel", TextNode.valueOf("BRF_6"));

        assertThat(etter.harVerdi("/legemiddel")).isFalse();
        assertThat(etter.verdi("/hjemmel")).contains(TextNode.valueOf("BRF_6"));
    }

    @Test
    void valuesStayWhenAnotherBranchStillShowsTheField() {
        Svar s = skjema.oppdater(Svar.empty(), "/hjemmel", TextNode.valueOf("BRF_3"));
        s = skjema.oppdater(s, "/legemiddel/navn", TextNode.valueOf("Metformin"));

        Svar etter = skjema.oppdater(s, "/hjemmel", TextNode.valueOf("FTRL_5_25"));

        assertThat(etter.verdi("/legemiddel/navn")).contains(TextNode.valueOf("Metformin"));
    }

    @Test
    void keepOptionLeavesHiddenValuesInPlace() {
        Svar s = skjema.oppdater(Svar.empty(), "/hjemmel", TextNode.valueOf("BRF_3"));
        s = skjema.oppdater(s, "/legemiddel/navn", TextNode.valueOf("Metformin"));

        Svar etter = skjema.oppdater(s, "/hjemmel", TextNode.valueOf("BRF_6"), Rensing.BEHOLD_SKJULTE);

        assertThat(etter.verdi("/legemiddel/navn")).contains(TextNode.valueOf("Metformin"));
        assertThat(skjema.rens(etter).harVerdi("/legemiddel")).isFalse();
    }

    @Test
    void removalCascadesWhenARemovedValueControlledAnotherBranch() {
        SkjemaModell m = modell("{'properties': {'a': {'type': 'boolean'}}, 'dependencies': {"
                + "'a': {'properties': {'b': {'type': 'string'}}}, 'b': {'properties': {'c': {'type': 'string'}}}}}");
        Svar s = svar("{'a': true, 'b': 'x', 'c': 'y'}");

        Svar etter = m.oppdater(s, "/a", BooleanNode.FALSE).uten("/a");

        assertThat(m.rens(etter).json()).isEqualTo(svar("{}").json());
    }

    @Test
    void staleValuesInListItemsAreRemovedPerItem() {
        Svar s = svar("{'diagnoser': [{'kodeverk': 'ICD-10', 'kode': 'E11'}, {'kodeverk': 'ICPC-2', 'kode': 'T90'}]}");

        Svar etter = skjema.oppdater(s, "/diagnoser/1/hoveddiagnose", BooleanNode.TRUE);

        assertThat(etter).isEqualTo(s.med("/diagnoser/1/hoveddiagnose", BooleanNode.TRUE));
    }

    @Test
    void updatingIsTheSameAsSettingThenCleaningForAnyField() {
        // oppdater skips the cleaning pass for fields no condition reads; this checks the shortcut is exact.
        Svargenerator generator = new Svargenerator(skjema, 5);
        java.util.Random tilfeldig = new java.util.Random(5);
        for (int i = 0; i < 15; i++) {
            Svar s = skjema.rens(generator.neste());
            java.util.List<FeltTilstand> synlige = skjema.tilstand(s).synlige();
            for (int j = 0; j < 10; j++) {
                FeltTilstand t = synlige.get(tilfeldig.nextInt(synlige.size()));
                if (t.sti().contains("/-") || t.felt().type() == FeltType.GRUPPE || t.felt().type() == FeltType.LISTE) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode verdi = t.felt().kodeverk().isEmpty()
                        || t.felt().kodeverk().get(0).koder().isEmpty() ? BooleanNode.TRUE
                        : t.felt().kodeverk().get(0).koder().get(0).verdi();
                assertThat(skjema.oppdater(s, t.sti(), verdi)).as(t.sti())
                        .isEqualTo(skjema.rens(s.med(t.sti(), verdi)));
            }
        }
    }

    @Test
    void updatingAPathNoFieldHasIsATypedError() {
        assertThatThrownBy(() -> skjema.oppdater(Svar.empty(), "/finnesIkke", TextNode.valueOf("x")))
                .isInstanceOfSatisfying(SkjemaException.class,
                        e -> assertThat(e.kode()).isEqualTo(SkjemaFeilkode.UGYLDIG_STI));
    }
}
