package no.blaresept.schema;

import static no.blaresept.schema.TestJson.json;
import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Recursive definitions (steps inside steps) are expanded below their first repeat, up to a bound. */
class RekursjonTest {
    /** A step has a text, a kind, minutes only for a timer, and steps of its own. */
    private static final String TRINN = "{'properties': {'steps': {'$ref': '#/definitions/steps'}}, 'definitions':"
            + " {'steps': {'type': 'array', 'items': {'type': 'object', 'properties': {'text': {'type': 'string'},"
            + " 'kind': {'enum': ['plain', 'timer']}, 'steps': {'$ref': '#/definitions/steps'}}, 'required': ['text'],"
            + " 'if': {'properties': {'kind': {'const': 'timer'}}, 'required': ['kind']}, 'then': {'properties':"
            + " {'minutes': {'type': 'integer', 'minimum': 1}}, 'required': ['minutes']}}}}}";

    @Test
    void nestedStepsHaveFieldsVisibilityAndRequiredNowBelowTheFirstLevel() {
        SkjemaModell m = modell(TRINN);
        Svar s = svar("{'steps': [{'text': 'a', 'steps': [{'kind': 'timer', 'steps': [{'kind': 'plain'}]}]}]}");

        assertThat(m.felt("/steps/-/steps/-/steps/-/text")).map(Felt::rekursiv).contains(false);
        SkjemaTilstand t = m.tilstand(s);
        assertThat(t.pakrevd("/steps/0/steps/0/text")).isTrue();
        assertThat(t.synlig("/steps/0/steps/0/minutes")).isTrue();
        assertThat(t.pakrevd("/steps/0/steps/0/minutes")).isTrue();
        assertThat(t.synlig("/steps/0/steps/0/steps/0/minutes")).isFalse();
        assertThat(t.pakrevd("/steps/0/steps/0/steps/0/text")).isTrue();
        assertThat(m.validerFelt(s, "/steps/0/steps/0/steps/0/text")).extracting(Valideringsfeil::kode)
                .containsExactly(Feilkode.PAKREVD);
        assertThat(m.validerFelt(s, "/steps/0/steps/0/minutes")).extracting(Valideringsfeil::kode)
                .containsExactly(Feilkode.PAKREVD);
    }

    @Test
    void cleaningRemovesAHiddenValueBelowTheFirstLevelAndKeepsTheRest() {
        SkjemaModell m = modell(TRINN);
        Svar s = svar("{'steps': [{'text': 'a', 'steps': [{'text': 'b', 'kind': 'plain', 'minutes': 5,"
                + " 'steps': [{'text': 'c', 'kind': 'timer', 'minutes': 2}]}]}]}");

        Svar renset = m.rens(s);

        assertThat(renset.harVerdi("/steps/0/steps/0/minutes")).isFalse();
        assertThat(renset.json()).isEqualTo(json("{'steps': [{'text': 'a', 'steps': [{'text': 'b', 'kind': 'plain',"
                + " 'steps': [{'text': 'c', 'kind': 'timer', 'minutes': 2}]}]}]}"));
    }

    @Test
    void beyondTheBoundTheRepeatIsCutAndJudgedAsAWhole() {
        SchemaLimits to = new SchemaLimits(64, 200_000, 5_000, 20_000, 2);
        SkjemaModell m = SkjemaModell.of(json(TRINN), to);
        Svar s = svar("{'steps': [{'text': 'a', 'steps': [{'text': 'b', 'steps': [{'steps': [{}]}]}]}]}");

        assertThat(m.felt("/steps/-/steps/-/text")).map(Felt::rekursiv).contains(false);
        assertThat(m.felt("/steps/-/steps/-/steps")).map(Felt::rekursiv).contains(true);
        assertThat(m.felt("/steps/-/steps/-/steps/-/text")).isEmpty();
        assertThat(m.validerFelt(s, "/steps/0/steps/0/steps")).isNotEmpty();
        assertThat(m.validerFeltvis(s).gyldig()).isFalse();
        assertThat(m.validerAlle(s).gyldig()).isFalse();
    }

    @Test
    void aWideRecursionIsCutWithinTheFieldBudgetInsteadOfRefused() {
        StringBuilder barn = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            barn.append(", 'b").append(i).append("': {'$ref': '#/definitions/node'}");
        }
        String skjema = "{'properties': {'tre': {'$ref': '#/definitions/node'}}, 'definitions': {'node': {'type':"
                + " 'object', 'properties': {'navn': {'type': 'string'}" + barn + "}, 'required': ['navn']}}}";

        SkjemaModell m = modell(skjema);

        assertThat(m.felter()).hasSizeLessThanOrEqualTo(SchemaLimits.STANDARD.maksFelt());
        assertThat(m.felt("/tre/b0/b0/navn")).map(Felt::rekursiv).contains(false);
        assertThat(m.felter()).anyMatch(Felt::rekursiv);
        assertThat(m.validerAlle(svar("{'tre': {'navn': 'a', 'b7': {'b7': {'b7': {'b7': {}}}}}}")).gyldig()).isFalse();
    }
}
