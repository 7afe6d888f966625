package no.blaresept.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/**
 * F-4.2: a new minor schema version needs no development. The same code that serves version 1.0.0 renders
 * and validates the fields that only the minor variant (1.1.0) has, and honours its changed rules.
 */
class MinorVersjonTest {
    private final SkjemaModell minor = SkjemaModell.of(Eksempelskjema.of(Eksempelskjema.Del.SOKNAD_MINOR));

    @Test
    void newSimpleFieldsAreRenderedWithTheirTypesAndTexts() {
        assertThat(minor.versjon()).contains("1.1.0");
        assertThat(minor.felt("/merknadTilPasient")).map(Felt::type).contains(FeltType.TEKST);
        assertThat(minor.felt("/erklaering/samtykkeInnhentet")).map(Felt::type).contains(FeltType.BOOLSK);
        assertThat(minor.felt("/erklaering/samtykkedato")).map(Felt::type).contains(FeltType.DATO);
        assertThat(minor.felt("/pasient/bmi")).map(Felt::type).contains(FeltType.TALL);
        assertThat(minor.felt("/pasient/ammer")).isEmpty();
        assertThat(minor.felt("/tilleggsopplysninger/bidiagnose").orElseThrow().kodeverk())
                .extracting(k -> k.system().orElseThrow()).containsExactly("ICD-10");
        assertThat(minor.felt("/merknadTilPasient").orElseThrow().tittel()).contains("Merknad til pasienten");
    }

    @Test
    void newFieldsAreValidated() {
        Svar s = Svar.empty().med("/pasient/bmi", IntNode.valueOf(200))
                .med("/erklaering/samtykkedato", TextNode.valueOf("31.12.2024"))
                .med("/tilleggsopplysninger/bidiagnose", TextNode.valueOf("ikke en kode"));

        assertThat(minor.validerFelt(s, "/pasient/bmi")).extracting(Valideringsfeil::kode).containsExactly(Feilkode.FOR_HOY);
        assertThat(minor.validerFelt(s, "/erklaering/samtykkedato")).extracting(Valideringsfeil::kode)
                .containsExactly(Feilkode.FORMAT);
        assertThat(minor.validerFelt(s, "/tilleggsopplysninger/bidiagnose")).extracting(Valideringsfeil::kode)
                .containsExactly(Feilkode.MONSTER);
    }

    @Test
    void changedValidationRulesApply() {
        String lang = "x".repeat(2500);
        Svar s = Svar.empty().med("/merknad", TextNode.valueOf(lang));

        assertThat(minor.validerFelt(s, "/merknad")).isEmpty();
        assertThat(SkjemaModell.of(Eksempelskjema.soknad()).validerFelt(s, "/merknad"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.FOR_LANG);
    }

    @Test
    void newFieldInAConditionalBranchFollowsTheBranch() {
        Svar legemiddel = minor.oppdater(Svar.empty(), "/hjemmel", TextNode.valueOf("BRF_3"));
        legemiddel = minor.oppdater(legemiddel, "/legemiddel/indikasjon", TextNode.valueOf("Diabetes type 2"));

        assertThat(minor.tilstand(legemiddel).synlig("/legemiddel/indikasjon")).isTrue();
        Svar naering = minor.oppdater(legemiddel, "/hjemmel", TextNode.valueOf("BRF_6"));
        assertThat(minor.tilstand(naering).synlig("/legemiddel/indikasjon")).isFalse();
        assertThat(naering.harVerdi("/legemiddel/indikasjon")).isFalse();
    }

    @Test
    void answersToTheOldVersionStillWorkExceptForRemovedFields() {
        Svar gamle = Svar.empty().med("/pasient/ammer", BooleanNode.TRUE).med("/pasient/gravid", BooleanNode.FALSE);

        assertThat(minor.tilstand(gamle).felt("/pasient/ammer")).isEmpty();
        assertThat(minor.validerFelt(gamle, "/pasient/gravid")).isEmpty();
    }
}
