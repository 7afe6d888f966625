package no.blaresept.schema;

import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tuple {@code items} (an array of schemas) and {@code additionalItems}: one field per position, then the rest. */
class TuppelTest {
    /** A length, a coded object, then short texts; a branch caps the length. */
    private static final String POSISJON = "{'properties': {'mode': {'enum': ['a', 'b']}, 'pos': {'type': 'array',"
            + " 'items': [{'type': 'number', 'title': 'Lengde'}, {'type': 'object', 'properties': {'kode': {'type':"
            + " 'string'}}, 'required': ['kode']}], 'additionalItems': {'type': 'string', 'maxLength': 2}}},"
            + " 'if': {'properties': {'mode': {'const': 'a'}}, 'required': ['mode']},"
            + " 'then': {'properties': {'pos': {'items': [{'maximum': 10}]}}}}";

    @Test
    void eachPositionIsAFieldAndTheRestFollowAdditionalItems() {
        SkjemaModell m = modell(POSISJON);

        assertThat(m.felter()).extracting(Felt::sti).containsExactly("/mode", "/pos", "/pos/0", "/pos/1",
                "/pos/1/kode", "/pos/-");
        assertThat(m.felt("/pos/0").orElseThrow().type()).isEqualTo(FeltType.TALL);
        assertThat(m.felt("/pos/0").orElseThrow().tittel()).contains("Lengde");
        assertThat(m.felt("/pos/1").orElseThrow().type()).isEqualTo(FeltType.GRUPPE);
        assertThat(m.felt("/pos/1/kode")).map(Felt::sti).contains("/pos/1/kode");
        assertThat(m.felt("/pos/3")).map(Felt::sti).contains("/pos/-");
        assertThat(m.felt("/pos/-").orElseThrow().type()).isEqualTo(FeltType.TEKST);
    }

    @Test
    void statesArePerPositionAndAdditionalItemsOnlyBeyondTheTuple() {
        SkjemaModell m = modell(POSISJON);
        SkjemaTilstand t = m.tilstand(svar("{'pos': [1, {}, 'ab', 'abc']}"));

        assertThat(t.felter()).extracting(FeltTilstand::sti).containsExactly("/mode", "/pos", "/pos/0", "/pos/1",
                "/pos/1/kode", "/pos/2", "/pos/3");
        assertThat(t.pakrevd("/pos/1/kode")).isTrue();
        assertThat(t.felt("/pos/2").orElseThrow().felt().sti()).isEqualTo("/pos/-");
    }

    @Test
    void eachPositionIsValidatedAgainstItsOwnSchema() {
        SkjemaModell m = modell(POSISJON);
        Svar s = svar("{'pos': ['x', {}, 'ab', 'abc']}");

        assertThat(m.validerFelt(s, "/pos/0")).extracting(Valideringsfeil::kode).containsExactly(Feilkode.TYPE);
        assertThat(m.validerFelt(s, "/pos/1/kode")).extracting(Valideringsfeil::kode).containsExactly(Feilkode.PAKREVD);
        assertThat(m.validerFelt(s, "/pos/2")).isEmpty();
        assertThat(m.validerFelt(s, "/pos/3")).extracting(Valideringsfeil::kode).containsExactly(Feilkode.FOR_LANG);
        assertThat(m.validerFeltvis(s).feil()).extracting(Valideringsfeil::sti).contains("/pos/0", "/pos/1/kode", "/pos/3");
    }

    @Test
    void aBranchConstrainsAPositionOnlyWhileItApplies() {
        SkjemaModell m = modell(POSISJON);

        assertThat(m.validerFelt(svar("{'mode': 'a', 'pos': [11]}"), "/pos/0")).extracting(Valideringsfeil::kode)
                .containsExactly(Feilkode.FOR_HOY);
        assertThat(m.validerFelt(svar("{'mode': 'b', 'pos': [11]}"), "/pos/0")).isEmpty();
        assertThat(m.rens(svar("{'mode': 'b', 'pos': [11, {'kode': 'k'}, 'ab']}")).json())
                .isEqualTo(TestJson.json("{'mode': 'b', 'pos': [11, {'kode': 'k'}, 'ab']}"));
    }

    @Test
    void withoutAnAdditionalItemsSchemaTheRestHasNoFieldsAndIsJudgedOnTheList() {
        SkjemaModell lukket = modell("{'properties': {'t': {'items': [{'type': 'string'}], 'additionalItems': false}}}");
        SkjemaModell apen = modell("{'properties': {'t': {'items': [{'type': 'string'}], 'additionalItems': true}}}");
        Svar to = svar("{'t': ['a', 5]}");

        assertThat(lukket.felter()).extracting(Felt::sti).containsExactly("/t", "/t/0");
        assertThat(lukket.validerAlle(to).feil()).extracting(Valideringsfeil::kode).containsExactly(Feilkode.FOR_MANGE);
        assertThat(lukket.validerFeltvis(to).gyldig()).isFalse();
        assertThat(lukket.validerFelt(to, "/t")).extracting(Valideringsfeil::kode).containsExactly(Feilkode.FOR_MANGE);
        assertThat(apen.felter()).extracting(Felt::sti).containsExactly("/t", "/t/0");
        assertThat(apen.validerFeltvis(to).gyldig()).isTrue();
        assertThat(apen.rens(to)).isEqualTo(to);
    }
}
