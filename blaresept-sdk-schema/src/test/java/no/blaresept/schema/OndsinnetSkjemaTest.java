package no.blaresept.schema;

import static no.blaresept.schema.TestJson.F;
import static no.blaresept.schema.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile or broken schemas give a typed error (code + path) or are handled; never a stack overflow, a hang
 * or unbounded memory. The timeouts only guard against hangs; they are not performance assertions.
 */
@Timeout(value = 60)
class OndsinnetSkjemaTest {

    @Test
    void deepNestingIsRejectedBeforeAnythingRecursive() {
        ObjectNode rot = F.objectNode();
        ObjectNode naa = rot;
        for (int i = 0; i < 50_000; i++) {
            naa = naa.putObject("properties").putObject("a");
        }

        assertFeil(rot, SkjemaFeilkode.FOR_DYP);
    }

    @Test
    void nestingJustInsideTheLimitIsAccepted() {
        ObjectNode rot = F.objectNode();
        ObjectNode naa = rot;
        for (int i = 0; i < 10; i++) {
            naa = naa.putObject("properties").putObject("a" + i);
        }

        assertThat(SkjemaModell.of(rot, new SchemaLimits(21, 1000, 100, 100)).felter()).hasSize(10);
        assertThatThrownBy(() -> SkjemaModell.of(rot, new SchemaLimits(20, 1000, 100, 100)))
                .isInstanceOfSatisfying(SkjemaException.class, e -> assertThat(e.kode()).isEqualTo(SkjemaFeilkode.FOR_DYP));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ref cycle                  | {'definitions': {'a': {'$ref': '#/definitions/b'}, 'b': {'$ref': '#/definitions/a'}}, 'properties': {'x': {'$ref': '#/definitions/a'}}} | REF_SYKLUS        | /definitions/b",
        "self reference             | {'properties': {'x': {'$ref': '#/properties/x'}}}                                  | REF_SYKLUS        | /properties/x",
        "root refers to itself      | {'$ref': '#'}                                                                        | REF_SYKLUS        | ''",
        "missing definition         | {'properties': {'x': {'$ref': '#/definitions/finnesIkke'}}}                        | REF_IKKE_FUNNET   | /properties/x/$ref",
        "remote reference           | {'properties': {'x': {'$ref': 'https://evil.example/s.json'}}}                     | REF_IKKE_FUNNET   | /properties/x/$ref",
        "invalid regex              | {'properties': {'x': {'type': 'string', 'pattern': '([a-z'}}}                     | UGYLDIG_MONSTER   | /properties/x/pattern",
        "invalid pattern property   | {'patternProperties': {'(': {}}}                                                    | UGYLDIG_MONSTER   | /patternProperties/(",
        "keyword of the wrong kind  | {'properties': {'x': {'type': 'number', 'minimum': 'lav'}}}                      | UGYLDIG_SKJEMA    | /properties/x/minimum",
        "not an object              | [1, 2, 3]                                                                            | UGYLDIG_SKJEMA    | ''"})
    void brokenSchemasGiveTypedErrors(String navn, String skjema, SkjemaFeilkode kode, String sti) {
        assertThatThrownBy(() -> SkjemaModell.of(json(skjema)))
                .isInstanceOfSatisfying(SkjemaException.class, e -> {
                    assertThat(e.feil().kode()).isEqualTo(kode);
                    assertThat(e.feil().sti()).isEqualTo(sti);
                    assertThat(e.getMessage()).startsWith(kode.melding());
                });
    }

    @Test
    void hugeEnumIsRejected() {
        ArrayNode verdier = F.arrayNode();
        for (int i = 0; i < 20_001; i++) {
            verdier.add(i);
        }
        ObjectNode rot = F.objectNode();
        rot.putObject("properties").putObject("x").set("enum", verdier);

        assertFeil(rot, SkjemaFeilkode.FOR_STORT_KODEVERK);
    }

    @Test
    void exponentialRefExpansionIsStoppedByTheFieldLimit() {
        // Each level doubles the fields of the previous one: 2^30 field declarations if expanded naively.
        ObjectNode rot = F.objectNode();
        ObjectNode defs = rot.putObject("definitions");
        defs.putObject("d0").put("type", "string");
        for (int i = 1; i <= 30; i++) {
            ObjectNode props = defs.putObject("d" + i).put("type", "object").putObject("properties");
            props.putObject("a").put("$ref", "#/definitions/d" + (i - 1));
            props.putObject("b").put("$ref", "#/definitions/d" + (i - 1));
        }
        rot.putObject("properties").putObject("x").put("$ref", "#/definitions/d30");

        assertFeil(rot, SkjemaFeilkode.FOR_STORT);
    }

    @Test
    void tooManyNodesAreRejected() {
        ObjectNode rot = F.objectNode();
        ObjectNode props = rot.putObject("properties");
        for (int i = 0; i < 2_000; i++) {
            props.putObject("f" + i).put("type", "string");
        }

        assertThatThrownBy(() -> SkjemaModell.of(rot, new SchemaLimits(64, 3_000, 5_000, 100)))
                .isInstanceOfSatisfying(SkjemaException.class, e -> assertThat(e.kode()).isEqualTo(SkjemaFeilkode.FOR_STORT));
    }

    @Test
    void unknownKeywordsAreIgnoredAndReported() {
        SkjemaModell m = SkjemaModell.of(json("{'properties': {'x': {'type': 'string', 'maxLenght': 3}}}"));

        assertThat(m.ukjenteNokkelord()).containsExactly("/properties/x/maxLenght");
        assertThat(m.validerFelt(Svar.empty().med("/x", F.textNode("lang tekst")), "/x")).isEmpty();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new SchemaLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertFeil(JsonNode skjema, SkjemaFeilkode kode) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> SkjemaModell.of(skjema))
                .isInstanceOfSatisfying(SkjemaException.class, e -> assertThat(e.kode()).isEqualTo(kode));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no hang").isLessThan(Duration.ofSeconds(30));
    }
}
