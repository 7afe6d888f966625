package no.blaresept.schema;

import static no.blaresept.schema.TestJson.json;
import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recursive definitions (steps inside steps, trees) are expanded as deep as the answers go: below the static
 * expansion ({@link SchemaLimits#maksRekursjon()}), a field at level 20 has the visibility, required-now,
 * errors and cleaning the same rule gives it at level 1.
 */
class RekursjonTest {
    /** A step has a text, a kind, minutes only for a timer (then required), and steps of its own. */
    static final String TRINN = "{'properties': {'steps': {'$ref': '#/definitions/steps'}}, 'definitions':"
            + " {'steps': {'type': 'array', 'items': {'type': 'object', 'properties': {'text': {'type': 'string'},"
            + " 'kind': {'enum': ['plain', 'timer']}, 'steps': {'$ref': '#/definitions/steps'}}, 'required': ['text'],"
            + " 'if': {'properties': {'kind': {'const': 'timer'}}, 'required': ['kind']}, 'then': {'properties':"
            + " {'minutes': {'type': 'integer', 'minimum': 1}}, 'required': ['minutes']}}}}}";
    /** A tree through {@code $ref: '#'}: a node has a name, a child, and a weight only under a dependency. */
    static final String TRE = "{'type': 'object', 'properties': {'name': {'type': 'string', 'maxLength': 4},"
            + " 'heavy': {'type': 'boolean'}, 'child': {'$ref': '#'}}, 'required': ['name'], 'dependencies':"
            + " {'heavy': {'properties': {'weight': {'type': 'integer'}}, 'required': ['weight']}}}";
    private static final int DYP = 22;

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
    void stepsTwentyLevelsDownHaveTheStateAndErrorsOfTheFirstLevel() {
        SkjemaModell m = modell(TRINN);
        for (String steg : List.of("{'kind': 'timer'}", "{'kind': 'timer', 'minutes': 0, 'text': 'x'}",
                "{'kind': 'plain', 'text': 7}", "{'text': 'ok', 'kind': 'plain'}")) {
            Svar grunt = Svar.of(trinn(1, json(steg)));
            Svar dypt = Svar.of(trinn(DYP, json(steg)));
            String forste = "/steps/0";
            String dypeste = "/steps/0" + "/steps/0".repeat(DYP - 1);

            for (String felt : List.of("/text", "/kind", "/minutes")) {
                assertThat(tilstand(m, dypt, dypeste + felt)).as("%s%s in %s", dypeste, felt, steg)
                        .isEqualTo(tilstand(m, grunt, forste + felt));
                assertThat(koder(m.validerFelt(dypt, dypeste + felt))).as("errors %s in %s", felt, steg)
                        .isEqualTo(koder(m.validerFelt(grunt, forste + felt)));
            }
            assertThat(m.kodeverk(dypt, dypeste + "/kind")).isPresent()
                    .isEqualTo(m.kodeverk(grunt, forste + "/kind"));
            assertThat(m.felt(dypeste + "/minutes")).map(Felt::sti)
                    .contains("/steps/-" + "/steps/-".repeat(DYP - 1) + "/minutes");
            assertThat(m.validerFeltvis(dypt).gyldig()).isEqualTo(m.validerAlle(dypt).gyldig())
                    .isEqualTo(m.validerAlle(grunt).gyldig());
            assertThat(m.validerFeltvis(dypt).feil()).extracting(Valideringsfeil::sti)
                    .allMatch(sti -> sti.startsWith(dypeste));
        }
    }

    @Test
    void cleaningRemovesAHiddenValueTwentyLevelsDownAndKeepsTheRest() {
        SkjemaModell m = modell(TRINN);
        ObjectNode dypt = trinn(DYP, json("{'text': 'c', 'kind': 'plain', 'minutes': 2}"));
        ObjectNode aktiv = trinn(DYP, json("{'text': 'c', 'kind': 'timer', 'minutes': 2}"));
        String dypeste = "/steps/0" + "/steps/0".repeat(DYP - 1);

        Svar renset = m.rens(Svar.of(dypt));

        assertThat(renset.harVerdi(dypeste + "/minutes")).isFalse();
        ((ObjectNode) dypt.at(dypeste)).remove("minutes");
        assertThat(renset.json()).isEqualTo(dypt);
        assertThat(m.rens(Svar.of(aktiv)).json()).isEqualTo(aktiv);
        Svar oppdatert = m.oppdater(Svar.of(aktiv), dypeste + "/kind", json("'plain'"));
        assertThat(oppdatert.harVerdi(dypeste + "/minutes")).isFalse();
        assertThat(oppdatert.json()).isEqualTo(dypt);
    }

    @Test
    void aTreeThroughTheRootHasItsRulesTwentyLevelsDown() {
        SkjemaModell m = modell(TRE);
        for (String blad : List.of("{'heavy': true}", "{'name': 'toolong', 'heavy': false, 'weight': 3}",
                "{'name': 'ok', 'heavy': true, 'weight': 'x'}")) {
            Svar grunt = Svar.of(tre(1, json(blad)));
            Svar dypt = Svar.of(tre(DYP, json(blad)));
            String dypeste = "/child".repeat(DYP);

            for (String felt : List.of("/name", "/heavy", "/weight")) {
                assertThat(tilstand(m, dypt, dypeste + felt)).as("%s%s in %s", dypeste, felt, blad)
                        .isEqualTo(tilstand(m, grunt, "/child" + felt));
                assertThat(koder(m.validerFelt(dypt, dypeste + felt))).as("errors %s in %s", felt, blad)
                        .isEqualTo(koder(m.validerFelt(grunt, "/child" + felt)));
            }
            assertThat(m.validerFeltvis(dypt).gyldig()).isEqualTo(m.validerAlle(dypt).gyldig())
                    .isEqualTo(m.validerAlle(grunt).gyldig()).isFalse();
        }
        ObjectNode skjult = tre(DYP, json("{'name': 'a', 'weight': 3}"));
        assertThat(m.rens(Svar.of(skjult)).harVerdi("/child".repeat(DYP) + "/weight")).isFalse();
        ObjectNode aktiv = tre(DYP, json("{'name': 'a', 'heavy': false, 'weight': 3}"));
        assertThat(m.rens(Svar.of(aktiv)).json()).isEqualTo(aktiv);
    }

    @Test
    void anAttachmentTwentyLevelsDownIsCheckedByContent() {
        SkjemaModell m = modell("{'properties': {'del': {'$ref': '#/definitions/d'}}, 'definitions': {'d': {'type':"
                + " 'object', 'properties': {'fil': {'type': 'string', 'contentEncoding': 'base64'}, 'del': {'$ref':"
                + " '#/definitions/d'}}}}}");
        String fil = "/del".repeat(DYP) + "/fil";
        Svar s = Svar.empty().med(fil, json("'aGVsbG8='")); // "hello": neither PDF nor DOCX

        assertThat(m.felt(fil)).flatMap(Felt::vedlegg).isPresent();
        assertThat(m.validerAlle(s).feil()).extracting(Valideringsfeil::sti, Valideringsfeil::kode)
                .containsExactly(tuple(fil, Feilkode.VEDLEGG_TYPE));
        assertThat(m.validerFeltvis(s).feil()).isEqualTo(m.validerAlle(s).feil());
        assertThat(koder(m.validerFelt(s, fil))).containsExactly(Feilkode.VEDLEGG_TYPE);
    }

    @Test
    void beyondTheStaticBoundTheFieldsComeFromTheAnswers() {
        SchemaLimits to = new SchemaLimits(64, 200_000, 5_000, 20_000, 2);
        SkjemaModell m = SkjemaModell.of(json(TRINN), to);
        Svar s = svar("{'steps': [{'text': 'a', 'steps': [{'text': 'b', 'steps': [{'steps': [{}]}]}]}]}");

        assertThat(m.felter()).extracting(Felt::sti).doesNotContain("/steps/-/steps/-/steps/-/text");
        assertThat(m.felt("/steps/-/steps/-/steps")).map(Felt::rekursiv).contains(true);
        assertThat(m.felt("/steps/-/steps/-/steps/-/text")).map(Felt::type).contains(FeltType.TEKST);
        assertThat(m.tilstand(s).pakrevd("/steps/0/steps/0/steps/0/steps/0/text")).isTrue();
        assertThat(m.validerFelt(s, "/steps/0/steps/0/steps")).isEmpty();
        assertThat(koder(m.validerFelt(s, "/steps/0/steps/0/steps/0/text"))).containsExactly(Feilkode.PAKREVD);
        assertThat(m.validerFeltvis(s).feil()).extracting(Valideringsfeil::sti)
                .containsExactly("/steps/0/steps/0/steps/0/steps/0/text", "/steps/0/steps/0/steps/0/text");
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
        Svar s = svar("{'tre': {'navn': 'a', 'b7': {'b7': {'b7': {'b7': {}}}}}}");

        assertThat(m.felter()).hasSizeLessThanOrEqualTo(SchemaLimits.STANDARD.maksFelt());
        assertThat(m.felt("/tre/b0/b0/navn")).map(Felt::rekursiv).contains(false);
        assertThat(m.felter()).anyMatch(Felt::rekursiv);
        assertThat(m.tilstand(s).pakrevd("/tre/b7/b7/b7/b7/navn")).isTrue();
        assertThat(m.validerFeltvis(s).feil()).extracting(Valideringsfeil::sti)
                .contains("/tre/b7/b7/b7/b7/navn");
        assertThat(m.validerAlle(s).gyldig()).isFalse();
    }

    /** {@code steps} nested {@code niva} levels deep, each a valid step, the deepest being {@code steg}. */
    static ObjectNode trinn(int niva, JsonNode steg) {
        JsonNode indre = steg;
        for (int i = 1; i < niva; i++) {
            ObjectNode ytre = (ObjectNode) json("{'text': 't" + i + "', 'kind': 'plain'}");
            ytre.putArray("steps").add(indre);
            indre = ytre;
        }
        ObjectNode rot = TestJson.F.objectNode();
        rot.putArray("steps").add(indre);
        return rot;
    }

    /** A root with {@code niva} nested {@code child} nodes, the deepest being {@code blad}. */
    static ObjectNode tre(int niva, JsonNode blad) {
        JsonNode indre = blad;
        for (int i = 1; i < niva; i++) {
            ObjectNode ytre = (ObjectNode) json("{'name': 'n'}");
            ytre.set("child", indre);
            indre = ytre;
        }
        ObjectNode rot = (ObjectNode) json("{'name': 'r'}");
        rot.set("child", indre);
        return rot;
    }

    private static List<Boolean> tilstand(SkjemaModell m, Svar s, String sti) {
        FeltTilstand t = m.tilstand(s).felt(sti).orElseThrow(() -> new AssertionError("no state at " + sti));
        return List.of(t.synlig(), t.pakrevd());
    }

    private static List<Feilkode> koder(List<Valideringsfeil> feil) {
        return feil.stream().map(Valideringsfeil::kode).toList();
    }
}
