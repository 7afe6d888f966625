package no.blaresept.schema;

import static no.blaresept.schema.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every minor/major rule of the specification, each with a case on both sides. Serves F-4.2 – F-4.4. */
class SkjemaEndringTest {
    private static final String BASE = "{'version': '1.0.0', 'definitions': {"
            + "'icd': {'type': 'string', 'x-kodeverk': {'navn': 'ICD-10'}},"
            + "'jn': {'enum': ['J', 'N']}},"
            + "'properties': {'h': {'type': 'string', 'maxLength': 10}, 'valg': {'$ref': '#/definitions/jn'},"
            + "  'g': {'type': 'object', 'properties': {'x': {'type': 'string'}}}},"
            + "'dependencies': {'h': {'properties': {'d': {'type': 'string'}}}},"
            + "'if': {'properties': {'h': {'const': 'A'}}}, 'then': {'properties': {'t': {'type': 'string'}}},"
            + "'oneOf': [{'properties': {'o1': {'type': 'string'}}}, {'properties': {'o2': {'type': 'string'}}}]}";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // new simple manual fields: minor; the same field prefilled/looked up: major
        "new text field         | /properties/ny               | {'type': 'string'}                          | MINOR",
        "new boolean field      | /properties/ny               | {'type': 'boolean'}                         | MINOR",
        "new number field       | /properties/ny               | {'type': 'number'}                          | MINOR",
        "new integer field      | /properties/ny               | {'type': 'integer'}                         | MINOR",
        "new date field         | /properties/ny               | {'type': 'string', 'format': 'date'}        | MINOR",
        "new prefilled field    | /properties/ny               | {'type': 'string', 'readOnly': true}        | MAJOR",
        "new attachment field   | /properties/ny               | {'type': 'string', 'contentEncoding': 'base64'} | MAJOR",
        "new field without type | /properties/ny               | {'title': 'hva?'}                           | MAJOR",
        // new code-list fields: known list minor, new list major
        "known values via ref   | /properties/ny               | {'$ref': '#/definitions/jn'}                | MINOR",
        "known values inline    | /properties/ny               | {'enum': ['N', 'J']}                        | MINOR",
        "known code system      | /properties/ny               | {'type': 'string', 'x-kodeverk': 'ICD-10'}  | MINOR",
        "new values             | /properties/ny               | {'enum': ['HASTER', 'NORMAL']}              | MAJOR",
        "new code system        | /properties/ny               | {'type': 'string', 'x-kodeverk': 'ATC'}     | MAJOR",
        "new oneOf code list    | /properties/ny               | {'oneOf': [{'const': 1, 'title': 'En'}]}    | MAJOR",
        // new objects and arrays: major; a simple field inside an existing object: minor
        "new object field       | /properties/ny               | {'type': 'object', 'properties': {}}        | MAJOR",
        "new array field        | /properties/ny               | {'type': 'array', 'items': {'type': 'string'}} | MAJOR",
        "simple field in group  | /properties/g/properties/ny  | {'type': 'string'}                          | MINOR",
        // inside branches, existing diff tools miss these
        "field in dependency    | /dependencies/h/properties/ny | {'type': 'string'}                         | MINOR",
        "group in dependency    | /dependencies/h/properties/ny | {'type': 'object'}                         | MAJOR",
        "field in then          | /then/properties/ny          | {'type': 'string'}                          | MINOR",
        "field in oneOf branch  | /oneOf/1/properties/ny       | {'type': 'boolean'}                         | MINOR",
        "new else branch        | /else                        | {'properties': {'e': {'type': 'string'}}}   | MAJOR",
        "new oneOf branch       | /oneOf/2                     | {'properties': {'o3': {'type': 'string'}}}  | MAJOR",
        "new schema dependency  | /dependencies/valg           | {'properties': {'v': {'type': 'string'}}}   | MAJOR",
        "new property dependency | /dependencies/valg          | ['h']                                       | MINOR",
        // validation keywords: minor; type changes: major
        "changed maxLength      | /properties/h/maxLength      | 20                                          | MINOR",
        "new pattern            | /properties/h/pattern        | '^[A-Z]+$'                                  | MINOR",
        "new minimum in then    | /then/properties/t/minLength | 2                                           | MINOR",
        "changed if condition   | /if/properties/h/const       | 'B'                                         | MINOR",
        "new condition in if    | /if/properties/valg          | {'const': 'J'}                              | MINOR",
        "new required           | /required                    | ['h']                                       | MINOR",
        "changed code values    | /definitions/jn/enum         | ['J', 'N', 'V']                             | MINOR",
        "changed type           | /properties/h/type           | 'number'                                    | MAJOR",
        "became read-only       | /properties/h/readOnly       | true                                        | MAJOR",
        "changed reference      | /properties/valg/$ref        | '#/definitions/icd'                         | MAJOR",
        "changed code system    | /definitions/icd/x-kodeverk  | {'navn': 'ICPC-2'}                          | MAJOR",
        "unknown keyword        | /properties/h/x-widget       | 'stor'                                      | MAJOR",
        "new array items        | /properties/g/items          | {'type': 'string'}                          | MAJOR",
        // texts are rendered from the schema
        "changed title          | /properties/h/title          | 'Hjemmel'                                   | MINOR",
        "changed description    | /properties/g/description    | 'Lang hjelp'                                | MINOR"})
    void changeIsClassifiedByTheRules(String navn, String sti, String verdi, Endringsklasse klasse) {
        SkjemaEndring e = SkjemaEndring.sammenlign(json(BASE), sett(json(BASE), sti, json(verdi)));

        assertThat(e.klassifisering()).isEqualTo(klasse);
        assertThat(e.endringer()).isNotEmpty().allSatisfy(endring -> assertThat(sti).startsWith(endring.sti()
                .replaceAll("/(required|enum|const|maxLength|pattern|minLength|readOnly|type|\\$ref|x-kodeverk|x-widget|items|title|description)$", "")));
    }

    @Test
    void removedFieldsAreMinorAndRemovedSectionsMajor() {
        com.fasterxml.jackson.databind.node.ObjectNode utenFelt = (com.fasterxml.jackson.databind.node.ObjectNode) json(BASE);
        ((com.fasterxml.jackson.databind.node.ObjectNode) utenFelt.get("properties")).remove("h");
        com.fasterxml.jackson.databind.node.ObjectNode utenThen = (com.fasterxml.jackson.databind.node.ObjectNode) json(BASE);
        utenThen.remove("then");

        SkjemaEndring felt = SkjemaEndring.sammenlign(json(BASE), utenFelt);
        assertThat(felt.klassifisering()).isEqualTo(Endringsklasse.MINOR);
        assertThat(felt.endringer()).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo(Endringstype.FELT_FJERNET);
            assertThat(x.sti()).isEqualTo("/properties/h");
        });
        assertThat(SkjemaEndring.sammenlign(json(BASE), utenThen).klassifisering()).isEqualTo(Endringsklasse.MAJOR);
    }

    @Test
    void identicalSchemasHaveNoChanges() {
        SkjemaEndring e = SkjemaEndring.sammenlign(json(BASE), json(BASE));

        assertThat(e.klassifisering()).isEqualTo(Endringsklasse.NONE);
        assertThat(e.endringer()).isEmpty();
        assertThat(e.utenUtvikling()).isTrue();
    }

    @Test
    void sampleVariantsAreClassifiedAsTheirVersionsSay() {
        SkjemaEndring minor = SkjemaEndring.sammenlign(Eksempelskjema.soknad(),
                Eksempelskjema.of(Eksempelskjema.Del.SOKNAD_MINOR));
        SkjemaEndring major = SkjemaEndring.sammenlign(Eksempelskjema.soknad(),
                Eksempelskjema.of(Eksempelskjema.Del.SOKNAD_MAJOR));

        assertThat(minor.klassifisering()).isEqualTo(Endringsklasse.MINOR);
        assertThat(minor.utenUtvikling()).isTrue();
        assertThat(minor.endringer()).extracting(Endring::type).contains(Endringstype.FELT_LAGT_TIL,
                Endringstype.FELT_FJERNET, Endringstype.VALIDERING_ENDRET, Endringstype.TEKST_ENDRET);
        assertThat(minor.endringer()).extracting(Endring::sti)
                .contains("/allOf/0/then/properties/legemiddel/properties/indikasjon");
        assertThat(minor.versjonsavvik()).isEmpty();
        assertThat(major.klassifisering()).isEqualTo(Endringsklasse.MAJOR);
        assertThat(major.endringer()).extracting(Endring::sti).contains("/properties/verge", "/properties/prioritet",
                "/properties/pasient/properties/hoyde/type", "/allOf/3");
        assertThat(major.versjonsavvik()).isEmpty();
        assertThat(major.gammelVersjon()).contains("1.0.0");
        assertThat(major.nyVersjon()).contains("2.0.0");
    }

    @ParameterizedTest(name = "{0} → {1} with {2} change: mismatch {3}")
    @CsvSource({
        "1.0.0, 1.1.0, major, true",
        "1.0.0, 2.0.0, major, false",
        "1.0.0, 1.0.1, minor, true",
        "1.0.0, 1.1.0, minor, false",
        "1.4.0, 2.0.0, minor, false"})
    void versionThatDoesNotFitTheChangesIsFlagged(String fra, String til, String art, boolean avvik) {
        String nyttFelt = "major".equals(art) ? "{'type': 'object'}" : "{'type': 'string'}";
        SkjemaEndring e = SkjemaEndring.sammenlign(json("{'version': '" + fra + "'}"),
                json("{'version': '" + til + "', 'properties': {'x': " + nyttFelt + "}}"));

        assertThat(e.versjonsavvik().isPresent()).isEqualTo(avvik);
        e.versjonsavvik().ifPresent(tekst -> assertThat(tekst).contains(fra, til));
    }

    @Test
    void hostileSchemasAreRejectedBeforeComparing() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SkjemaEndring.sammenlign(json(BASE),
                json("{'properties': {'x': {'pattern': '(('}}}")))
                .isInstanceOfSatisfying(SkjemaException.class,
                        ex -> assertThat(ex.kode()).isEqualTo(SkjemaFeilkode.UGYLDIG_MONSTER));
    }

    /** {@code rot} with {@code verdi} at the JSON Pointer {@code sti}, creating objects on the way. */
    private static com.fasterxml.jackson.databind.JsonNode sett(com.fasterxml.jackson.databind.JsonNode rot, String sti,
            com.fasterxml.jackson.databind.JsonNode verdi) {
        return Svar.of(rot).med(sti, verdi).json();
    }
}
