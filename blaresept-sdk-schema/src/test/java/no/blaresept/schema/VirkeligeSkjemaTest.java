package no.blaresept.schema;

import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for the defects found with third-party draft-07 schemas (issue 9): constructs that public
 * schemas and form-library samples use, and that the model once got wrong.
 */
class VirkeligeSkjemaTest {

    @Test
    void aLocalRefNestedInsideAFieldIsFollowed() {
        SkjemaModell m = modell("{'properties': {'a': {'anyOf': [{'$ref': '#/definitions/s'}, {'type': 'null'}]}},"
                + " 'definitions': {'s': {'type': 'string'}}}");
        Svar s = svar("{'a': 'x'}");

        assertThat(m.validerFelt(s, "/a")).isEmpty();
        assertThat(m.validerFeltvis(s).gyldig()).isTrue();
        assertThat(m.validerFelt(svar("{'a': 1}"), "/a")).extracting(Valideringsfeil::kode)
                .containsExactly(Feilkode.ALTERNATIV);
    }

    @Test
    void aLocalRefInsideAConditionIsFollowed() {
        SkjemaModell m = modell("{'properties': {'mode': {'type': 'string'}, 'b': {'type': 'string'}},"
                + " 'if': {'properties': {'mode': {'$ref': '#/definitions/a'}}, 'required': ['mode']},"
                + " 'then': {'required': ['b']}, 'else': {'properties': {'c': {'type': 'string'}}},"
                + " 'definitions': {'a': {'const': 'a'}}}");
        Svar a = svar("{'mode': 'a', 'c': 'x'}");

        assertThat(m.tilstand(a).felt("/b").orElseThrow().pakrevd()).isTrue();
        assertThat(m.rens(a).harVerdi("/c")).isFalse();
        assertThat(m.oppdater(svar("{'mode': 'b', 'c': 'x'}"), "/mode", TextNode.valueOf("a")).harVerdi("/c")).isFalse();
    }
}
