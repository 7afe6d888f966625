package no.blaresept.schema;

import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Draft-07 conformance gaps everit has and the adapter closes (cases from the official test suite's
 * draft-07 tests, rewritten as fields of an object form): whole-document validity of {@code {"x": value}}.
 */
class KonformitetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "integral float is an integer       | {'type': 'integer'}                          | 1.0                        | true",
        "fraction is no integer             | {'type': 'integer'}                          | 1.5                        | false",
        "integral float as maxLength        | {'maxLength': 2.0}                           | 'abc'                      | false",
        "integral float as minItems         | {'minItems': 2.0}                            | [1]                        | false",
        "integral float as maxProperties    | {'maxProperties': 1.0}                       | {'a': 1}                   | true",
        "enum compares numbers by value     | {'enum': [[0.0]]}                            | [0]                        | true",
        "const compares numbers in arrays   | {'const': [1.0]}                             | [1]                        | true",
        "const compares numbers in objects  | {'const': {'a': 1}}                          | {'a': 1.0}                 | true",
        "const object vs other names        | {'const': {'a': 'c'}}                        | {'c': null}                | false",
        "enum object with a null member     | {'enum': [{'c': null}]}                      | {'a': 1}                   | false",
        "enum object with a null, equal     | {'enum': [{'c': null}, 1]}                   | {'c': null}                | true",
        "const and enum together            | {'const': [1], 'enum': [[1.0], 2]}           | [1]                        | true",
        "a $ref inside enum data            | {'enum': [{'$ref': '#/nowhere'}]}            | {'$ref': '#/nowhere'}      | true",
        "zero never equals false            | {'enum': [0]}                                | false                      | false",
        "false never equals zero            | {'const': false}                             | 0                          | false",
        "one never equals true              | {'enum': [[1]]}                              | [true]                     | false",
        "metaschema resolves offline        | {'$ref': 'http://json-schema.org/draft-07/schema#'} | {'minLength': 1}    | true",
        "metaschema refuses a bad schema    | {'$ref': 'http://json-schema.org/draft-07/schema#'} | {'minLength': -1}   | false",
        "boolean subschema true             | {'items': true}                              | [1, 'a']                   | true",
        "boolean subschema false            | {'items': false}                             | [1]                        | false",
        "false in not                       | {'not': false}                               | 1                          | true",
        "date-time lower-case t and z       | {'format': 'date-time'}                      | '1963-06-19t08:30:06.283185z' | true",
        "date-time leap second              | {'format': 'date-time'}                      | '1998-12-31T23:59:60Z'     | true",
        "date-time leap second with offset  | {'format': 'date-time'}                      | '1998-12-31T15:59:60.123-08:00' | true",
        "date-time leap second wrong minute | {'format': 'date-time'}                      | '1998-12-31T23:58:60Z'     | false",
        "date-time hour 24                  | {'format': 'date-time'}                      | '2020-01-01T24:00:00Z'     | false",
        "date-time no offset                | {'format': 'date-time'}                      | '2020-01-01T12:00:00'      | false",
        "date-time February 30th            | {'format': 'date-time'}                      | '2020-02-30T12:00:00Z'     | false",
        "email ascii                        | {'format': 'email'}                          | 'joe.bloggs@example.com'   | true",
        "email two dots                     | {'format': 'email'}                          | 'te..st@example.com'       | false",
        "email non-ascii is idn-email       | {'format': 'email'}                          | 'æøå@example.no'           | false",
        "idn-email non-ascii                | {'format': 'idn-email'}                      | 'æøå@example.no'           | true"})
    void adapterClosesEveritsGaps(String navn, String felt, String verdi, boolean gyldig) {
        SkjemaModell m = modell("{'properties': {'x': " + felt + "}}");

        assertThat(m.validerAlle(svar("{'x': " + verdi + "}")).gyldig()).isEqualTo(gyldig);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "$id with a plain name fragment     | {'$ref': '#foo', 'definitions': {'a': {'$id': '#foo', 'type': 'integer'}}} | 1   | true",
        "$id with a plain name, wrong type  | {'$ref': '#foo', 'definitions': {'a': {'$id': '#foo', 'type': 'integer'}}} | 'a' | false",
        "$id of a relative document        | {'$id': 'http://localhost:1234/root', 'properties': {'x': {'$ref': 'item.json'}}, 'definitions': {'i': {'$id': 'item.json', 'type': 'integer'}}} | 'a' | false"})
    void idBasedReferencesResolveInsideTheDocument(String navn, String skjema, String verdi, boolean gyldig) {
        SkjemaModell m = modell(skjema.startsWith("{'$ref'") ? "{'properties': {'x': " + skjema + "}}" : skjema);

        assertThat(m.validerAlle(svar("{'x': " + verdi + "}")).gyldig()).isEqualTo(gyldig);
    }
}
