package no.blaresept.schema;

import static no.blaresept.schema.TestJson.json;
import static no.blaresept.schema.TestJson.modell;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every keyword the model reads to describe a field. */
class FeltTolkingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'type': 'string'}                                  | TEKST",
        "{'type': 'number'}                                  | TALL",
        "{'type': 'integer'}                                 | HELTALL",
        "{'type': 'boolean'}                                 | BOOLSK",
        "{'type': 'string', 'format': 'date'}                | DATO",
        "{'type': 'string', 'format': 'date-time'}           | DATO_TID",
        "{'type': ['string', 'null']}                        | TEKST",
        "{'enum': ['a', 'b']}                                | KODE",
        "{'type': 'string', 'oneOf': [{'const': 'a', 'title': 'A'}]} | KODE",
        "{'type': 'string', 'anyOf': [{'const': 'a'}]}       | KODE",
        "{'type': 'string', 'x-kodeverk': 'ICD-10'}          | KODE",
        "{'type': 'string', 'contentEncoding': 'base64'}     | VEDLEGG",
        "{'type': 'object', 'properties': {}}                | GRUPPE",
        "{'properties': {'x': {'type': 'string'}}}           | GRUPPE",
        "{'type': 'array', 'items': {'type': 'string'}}      | LISTE",
        "{'items': {'type': 'string'}}                       | LISTE",
        "{'title': 'uten type'}                              | UKJENT"})
    void typeComesFromTypeFormatCodeListsAndEncoding(String skjema, FeltType type) {
        SkjemaModell m = modell("{'properties': {'f': " + skjema + "}}");

        assertThat(m.felt("/f")).map(Felt::type).contains(type);
    }

    @Test
    void textsDefaultsAndReadOnlyAreRead() {
        SkjemaModell m = modell("{'properties': {'f': {'type': 'string', 'title': 'Navn', "
                + "'description': 'Lang hjelp', 'default': 'x', 'readOnly': true}, 'g': {'type': 'string'}}}");
        Felt f = m.felt("/f").orElseThrow();

        assertThat(f.tittel()).contains("Navn");
        assertThat(f.beskrivelse()).contains("Lang hjelp");
        assertThat(f.standardverdi()).contains(TextNode.valueOf("x"));
        assertThat(f.skrivebeskyttet()).isTrue();
        assertThat(f.krevesManuellInput()).isFalse();
        assertThat(m.felt("/g").orElseThrow().krevesManuellInput()).isTrue();
    }

    @Test
    void constraintsAreRead() {
        SkjemaModell m = modell("{'properties': {"
                + "'n': {'type': 'number', 'minimum': 1, 'maximum': 9.5, 'exclusiveMinimum': 0, 'exclusiveMaximum': 10},"
                + "'t': {'type': 'string', 'minLength': 2, 'maxLength': 5, 'pattern': '^[a-z]+$'},"
                + "'l': {'type': 'array', 'minItems': 1, 'maxItems': 3, 'items': {'type': 'string'}}}}");
        Begrensninger n = m.felt("/n").orElseThrow().begrensninger();
        Begrensninger t = m.felt("/t").orElseThrow().begrensninger();
        Begrensninger l = m.felt("/l").orElseThrow().begrensninger();

        assertThat(n.minimum()).contains(BigDecimal.ONE);
        assertThat(n.maksimum()).contains(new BigDecimal("9.5"));
        assertThat(n.eksklusivtMinimum()).contains(BigDecimal.ZERO);
        assertThat(n.eksklusivtMaksimum()).contains(BigDecimal.TEN);
        assertThat(t.minLengde()).isEqualTo(OptionalInt.of(2));
        assertThat(t.maksLengde()).isEqualTo(OptionalInt.of(5));
        assertThat(t.monster()).contains("^[a-z]+$");
        assertThat(l.minAntall()).isEqualTo(OptionalInt.of(1));
        assertThat(l.maksAntall()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void codeListsKeepValuesTextsAndNamedSystem() {
        SkjemaModell m = modell("{'definitions': {'icd': {'type': 'string', "
                + "'x-kodeverk': {'navn': 'ICD-10', 'oid': '7110'}}}, 'properties': {"
                + "'e': {'enum': [1, 2]},"
                + "'o': {'oneOf': [{'const': 'J', 'title': 'Ja'}, {'const': 'N', 'title': 'Nei'}]},"
                + "'d': {'$ref': '#/definitions/icd', 'title': 'Diagnose'}}}");

        assertThat(m.felt("/e").orElseThrow().kodeverk()).containsExactly(new Kodeverk(Optional.empty(),
                Optional.empty(), java.util.List.of(new Kode(IntNode.valueOf(1), Optional.empty()),
                        new Kode(IntNode.valueOf(2), Optional.empty()))));
        assertThat(m.felt("/o").orElseThrow().kodeverk().get(0).koder())
                .extracting(k -> k.tekst().orElseThrow()).containsExactly("Ja", "Nei");
        Felt d = m.felt("/d").orElseThrow();
        assertThat(d.tittel()).contains("Diagnose");
        assertThat(d.kodeverk()).singleElement().satisfies(k -> {
            assertThat(k.system()).contains("ICD-10");
            assertThat(k.oid()).contains("7110");
            assertThat(k.koder()).isEmpty();
        });
    }

    @Test
    void attachmentFieldsStateTheLimits() {
        SkjemaModell m = modell("{'properties': {'fil': {'type': 'string', 'contentEncoding': 'base64'}}}");

        assertThat(m.felt("/fil").orElseThrow().vedlegg()).contains(Vedleggskrav.BLARESEPT);
        assertThat(Vedleggskrav.BLARESEPT.maksBytes()).isEqualTo(15L * 1024 * 1024);
        assertThat(Vedleggskrav.BLARESEPT.tillatteTyper()).containsExactlyInAnyOrder(Vedleggstype.PDF, Vedleggstype.DOCX);
    }

    @Test
    void nestedGroupsListsAndRefsGivePathsInSchemaOrder() {
        SkjemaModell m = modell("{'definitions': {'adr': {'type': 'object', 'properties': {'gate': {'type': 'string'}}}},"
                + "'properties': {'p': {'type': 'object', 'properties': {'adresse': {'$ref': '#/definitions/adr'}}},"
                + "'liste': {'type': 'array', 'items': {'$ref': '#/definitions/adr'}},"
                + "'koder': {'type': 'array', 'items': {'type': 'string'}}, 'a~b/c': {'type': 'string'}}}");

        assertThat(m.felter()).extracting(Felt::sti).containsExactly("/p", "/p/adresse", "/p/adresse/gate",
                "/liste", "/liste/-/gate", "/koder", "/koder/-", "/a~0b~1c");
        assertThat(m.felt("/liste/3/gate")).map(Felt::sti).contains("/liste/-/gate");
        assertThat(m.felt("/liste/-/gate").orElseThrow().forelder()).contains("/liste");
        assertThat(m.felt("/a~0b~1c").orElseThrow().navn()).isEqualTo("a~b/c");
    }

    @Test
    void recursiveDefinitionsExpandUpToTheBoundThenStop() {
        JsonNode skjema = json("{'definitions': {'node': {'type': 'object', 'properties': {"
                + "'navn': {'type': 'string'}, 'barn': {'type': 'array', 'items': {'$ref': '#/definitions/node'}},"
                + "'forelder': {'$ref': '#/definitions/node'}}}}, 'properties': {'tre': {'$ref': '#/definitions/node'}}}");
        SkjemaModell m = SkjemaModell.of(skjema, new SchemaLimits(64, 200_000, 5_000, 20_000, 1));

        assertThat(m.felter()).extracting(Felt::sti).containsExactly("/tre", "/tre/navn", "/tre/barn",
                "/tre/barn/-", "/tre/forelder");
        assertThat(m.felt("/tre/forelder").orElseThrow().rekursiv()).isTrue();
        assertThat(m.felt("/tre").orElseThrow().rekursiv()).isFalse();
        assertThat(modell(skjema.toString()).felt("/tre/forelder/barn/-/navn")).map(Felt::rekursiv).contains(false);
    }

    @Test
    void unknownKeywordsAreListedNotFatal() {
        SkjemaModell m = modell("{'properties': {'f': {'type': 'string', 'x-ui-widget': 'textarea'}}, 'foo': 1}");

        assertThat(m.ukjenteNokkelord()).containsExactlyInAnyOrder("/properties/f/x-ui-widget", "/foo");
        assertThat(m.felter()).hasSize(1);
    }

    @Test
    void versionIsTheTopLevelVersionString() {
        assertThat(SkjemaModell.of(json("{'version': '1.2.3'}")).versjon()).contains("1.2.3");
        assertThat(SkjemaModell.of(json("{}")).versjon()).isEmpty();
    }
}
