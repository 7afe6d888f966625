package no.blaresept.schema;

import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @Test
    void aBranchThatOnlyConstrainsAListNeverHidesItsItems() {
        SkjemaModell m = modell("{'properties': {'mode': {'type': 'string'}, 'list': {'type': 'array',"
                + " 'items': {'type': 'object', 'properties': {'name': {'type': 'string'}, 'code': {'type': 'string'}}}}},"
                + " 'if': {'properties': {'mode': {'const': 'a'}}, 'required': ['mode']},"
                + " 'then': {'properties': {'list': {'items': {'required': ['code']}}}}}");
        Svar b = svar("{'mode': 'b', 'list': [{'name': 'x'}, {'name': 'y'}]}");

        assertThat(m.rens(b)).isEqualTo(b);
        Svar fraA = svar("{'mode': 'a', 'list': [{'name': 'x', 'code': '1'}, {'name': 'y', 'code': '2'}]}");
        assertThat(m.oppdater(fraA, "/mode", TextNode.valueOf("b")).json().get("list")).hasSize(2);
    }

    /** json-schema.org's "implication" example: a tip is required when the restaurant is sit-down. */
    @Test
    void requiredInsideAnAnyOfBranchWithoutPropertiesFollowsTheImplication() {
        SkjemaModell m = modell("{'type': 'object', 'properties': {'restaurantType': {'enum': ['fast-food', 'sit-down']},"
                + " 'tip': {'type': 'number'}}, 'anyOf': [{'not': {'properties': {'restaurantType':"
                + " {'const': 'sit-down'}}, 'required': ['restaurantType']}}, {'required': ['tip']}]}");

        assertThat(m.tilstand(svar("{'restaurantType': 'fast-food', 'tip': 1}")).felt("/tip").orElseThrow().pakrevd())
                .isFalse();
        assertThat(m.tilstand(svar("{'restaurantType': 'sit-down'}")).felt("/tip").orElseThrow().pakrevd()).isTrue();
        assertThat(m.validerFeltvis(svar("{'restaurantType': 'sit-down'}")).gyldig()).isFalse();
    }

    @Test
    void fieldByFieldAgreesWithTheDocumentInsideAnyOf() {
        SkjemaModell m = modell("{'anyOf': [{'properties': {'firstName': {'type': 'string'}, 'lastName': {'type': 'string'}}},"
                + " {'properties': {'idCode': {'type': 'string'}}}]}");
        Svar s = svar("{'lastName': 'jo', 'idCode': true}");

        assertThat(m.validerAlle(s).gyldig()).isTrue();
        assertThat(m.validerFeltvis(s).feil()).isEmpty();
    }

    @Test
    void fieldByFieldReportsOneOfExclusivityAtTheGroup() {
        SkjemaModell m = modell("{'oneOf': [{'properties': {'lorem': {'type': 'string'}}},"
                + " {'properties': {'ipsum': {'type': 'string'}}}]}");
        Svar s = svar("{'lorem': 'a', 'ipsum': 'b'}");

        assertThat(m.validerAlle(s).gyldig()).isFalse();
        assertThat(m.validerFeltvis(s).feil()).extracting(Valideringsfeil::sti, Valideringsfeil::kode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("", Feilkode.ALTERNATIV));
    }

    @Test
    void itemsOfObjectListsAreTypeCheckedFieldByField() {
        SkjemaModell m = modell("{'properties': {'list': {'type': 'array', 'items': {'type': 'object',"
                + " 'properties': {'name': {'type': 'string'}}}}}}");
        Svar s = svar("{'list': [null]}");

        assertThat(m.validerAlle(s).gyldig()).isFalse();
        assertThat(m.validerFeltvis(s).feil()).extracting(Valideringsfeil::sti).containsExactly("/list/0");
    }

    /** Found by GenerertKonformitetTest: both once passed field by field while the document was invalid. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "untyped list schema with maxLength | {'items': {'type': 'number'}, 'maxLength': 0}             | 'b'",
        "false else branch                  | {'if': {'minimum': 1}, 'else': false, 'properties': {'a': {}}} | 0",
        "branch adding required to items    | {'type': 'array', 'items': {'type': 'object'}, 'allOf': [{'items': {'required': ['a']}}]} | [{}]"})
    void fieldByFieldFindsWhatTheDocumentFinds(String navn, String felt, String verdi) {
        SkjemaModell m = modell("{'properties': {'x': " + felt + "}}");
        Svar s = svar("{'x': " + verdi + "}");

        assertThat(m.validerAlle(s).gyldig()).isFalse();
        assertThat(m.validerFeltvis(s).gyldig()).isFalse();
    }
}
