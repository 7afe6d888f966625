package no.blaresept.schema;

import static no.blaresept.schema.TestJson.F;
import static no.blaresept.schema.TestJson.modell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile schemas from issue 9: a typed {@link SkjemaException} or correct handling, never a hang, a
 * {@link StackOverflowError} or an {@link OutOfMemoryError}. Each case has a 100 ms budget;
 * {@code FiendtligSkjemaBenchmark} measures them warm (0.15–0.7 ms each, the 600-hop chain 73 ms, at a load
 * average of 20 on 2 cores). The limits below include a cold JVM on a shared machine, so they are
 * seconds, but still far below the old behaviour (over 20 s per check, or a stack overflow).
 */
class FiendtligSkjemaTest {

    @ParameterizedTest(name = "{0}")
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "allOf back to the root      | {'allOf': [{'$ref': '#'}]}                                                   | REF_SYKLUS",
        "allOf/$ref cycle            | {'definitions': {'a': {'allOf': [{'$ref': '#/definitions/b'}]}, 'b': {'anyOf': [{'$ref': '#/definitions/a'}]}}, 'properties': {'x': {'$ref': '#/definitions/a'}}} | REF_SYKLUS",
        "not/$ref cycle              | {'definitions': {'a': {'not': {'$ref': '#/definitions/a'}}}}                 | REF_SYKLUS",
        "then/$ref cycle             | {'if': true, 'then': {'$ref': '#'}}                                          | REF_SYKLUS",
        "look-ahead RE2J cannot run  | {'properties': {'x': {'pattern': '^(?=a)a$'}}}                               | UGYLDIG_MONSTER",
        "back-reference              | {'properties': {'x': {'pattern': '^(a)\\\\1$'}}}                             | UGYLDIG_MONSTER",
        "thousand by thousand        | {'properties': {'x': {'pattern': '^(a{1,1000}){1,1000}$'}}}                  | UGYLDIG_MONSTER",
        "nested in a pattern name    | {'patternProperties': {'^((ab){1,200}){1,200}$': {}}}                          | UGYLDIG_MONSTER"})
    void refusedWithATypedError(String navn, String skjema, SkjemaFeilkode kode) {
        assertThatThrownBy(() -> modell(skjema)).isInstanceOfSatisfying(SkjemaException.class,
                e -> assertThat(e.kode()).isEqualTo(kode));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void aRefChainOf600HopsIsRefusedAsTooDeep() {
        assertThatThrownBy(() -> SkjemaModell.of(kjede(600, false))).isInstanceOfSatisfying(SkjemaException.class,
                e -> assertThat(e.kode()).isEqualTo(SkjemaFeilkode.FOR_DYP));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    void aRefChainWithinTheDepthLimitWorks() {
        SkjemaModell m = SkjemaModell.of(kjede(40, true));

        assertThat(m.validerAlle(Svar.empty().med("/x", F.numberNode(1))).gyldig()).isFalse();
        assertThat(m.validerAlle(Svar.empty().med("/x", F.textNode("a"))).gyldig()).isTrue();
    }

    /** Field x refers to d0, each d(i) to d(i+1) (directly or through allOf), the last is a string. */
    private static ObjectNode kjede(int lengde, boolean gjennomAllOf) {
        ObjectNode rot = F.objectNode();
        ObjectNode defs = rot.putObject("definitions");
        for (int i = 0; i < lengde; i++) {
            ObjectNode d = defs.putObject("d" + i);
            (gjennomAllOf ? d.putArray("allOf").addObject() : d).put("$ref", "#/definitions/d" + (i + 1));
        }
        defs.putObject("d" + lengde).put("type", "string");
        rot.putObject("properties").putObject("x").put("$ref", "#/definitions/d0");
        return rot;
    }

    @ParameterizedTest(name = "{0}")
    @Timeout(value = 3, unit = TimeUnit.SECONDS) // 20 keystrokes, two checks each
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "nested bounded repeats   ; ^([a-z]{1,20} ?){1,10}$ ; abcdefghij abcdefghij abcdefghij abcdefg! ; 1",
        "alternation star, long   ; ^(\\w|\\s)*$            ; *                                          ; 2000"})
    void patternsRunInLinearTime(String navn, String monster, String tekst, int gjentak) {
        SkjemaModell m = SkjemaModell.of(felt(F.objectNode().put("type", "string").put("pattern", monster)));
        String verdi = tekst.equals("*") ? "a ".repeat(gjentak / 2) + "!" : tekst;
        Svar svar = Svar.empty().med("/x", F.textNode(verdi));

        for (int i = 0; i < 20; i++) { // as if typed keystroke by keystroke
            assertThat(m.validerFelt(svar, "/x")).extracting(Valideringsfeil::kode).containsExactly(Feilkode.MONSTER);
            assertThat(m.validerAlle(svar).gyldig()).isFalse();
        }
        assertThat(m.validerAlle(Svar.empty().med("/x", F.textNode(verdi.substring(0, verdi.length() - 1)))).gyldig())
                .isTrue();
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS) // 3.3–5.1 s cold at load average 11–15; pairwise, each check took over 14 s
    void uniqueItemsOverTenThousandItemsIsLinear() {
        SkjemaModell m = SkjemaModell.of(felt(F.objectNode().put("type", "array").put("uniqueItems", true)
                .set("items", F.objectNode().put("type", "object"))));
        com.fasterxml.jackson.databind.node.ArrayNode unike = F.arrayNode();
        for (int i = 0; i < 10_000; i++) {
            unike.addObject().put("kode", i).put("tekst", "t" + i);
        }
        com.fasterxml.jackson.databind.node.ArrayNode med1 = unike.deepCopy();
        med1.addObject().put("tekst", "t3").put("kode", 3.0); // equal to item 3: members in another order, 3.0 = 3

        for (int i = 0; i < 3; i++) { // as if validated on every change
            assertThat(m.validerAlle(Svar.empty().med("/x", unike)).gyldig()).isTrue();
            assertThat(m.validerFelt(Svar.empty().med("/x", unike), "/x")).isEmpty();
        }
        assertThat(m.validerAlle(Svar.empty().med("/x", med1)).feil()).extracting(Valideringsfeil::kode)
                .containsExactly(Feilkode.DUPLIKAT);
    }

    private static ObjectNode felt(com.fasterxml.jackson.databind.JsonNode x) {
        ObjectNode rot = F.objectNode();
        rot.putObject("properties").set("x", x);
        return rot;
    }

    @Test
    void aKeyWrittenTwiceIsRefusedWhereItIs() {
        assertThatThrownBy(() -> SkjemaModell.parse("{\"properties\": {\"a\": {\"required\": [\"b\"], \"required\": []}}}"))
                .isInstanceOfSatisfying(SkjemaException.class, e -> {
                    assertThat(e.kode()).isEqualTo(SkjemaFeilkode.UGYLDIG_SKJEMA);
                    assertThat(e.feil().sti()).isEqualTo("/properties/a/required");
                });
        assertThat(SkjemaModell.parse("{\"properties\": {\"a\": {\"required\": [\"b\"]}}}").felter())
                .extracting(Felt::sti).containsExactly("/a", "/a/b");
        assertThatThrownBy(() -> SkjemaModell.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("skjema");
    }

    @ParameterizedTest(name = "{0}, static expansion {1}")
    @Timeout(value = 3, unit = TimeUnit.SECONDS) // 0.1–0.3 s warm; the rest is a cold JVM on a shared machine
    @CsvSource({"steps, 8", "steps, 1", "tree, 8", "tree, 1"})
    void answersNestedToTheDepthLimitEndInTimeWithStateAtTheBottom(String form, int maksRekursjon) {
        boolean trinn = form.equals("steps");
        SkjemaModell m = SkjemaModell.of(TestJson.json(trinn ? RekursjonTest.TRINN : RekursjonTest.TRE),
                new SchemaLimits(64, 200_000, 5_000, 20_000, maksRekursjon));
        int niva = 1;
        while (godtatt(trinn, niva + 1)) {
            niva++;
        }
        Svar svar = Svar.of(dokument(trinn, niva));
        String bunn = trinn ? "/steps/0" + "/steps/0".repeat(niva - 1) : "/child".repeat(niva);
        String felt = bunn + (trinn ? "/minutes" : "/weight");

        assertThat(niva).as("levels below the static expansion").isGreaterThan(8 * (trinn ? 1 : 2));
        assertThat(m.tilstand(svar).pakrevd(felt)).isTrue();
        assertThat(m.validerFelt(svar, felt)).extracting(Valideringsfeil::kode)
                .containsExactly(trinn ? Feilkode.FOR_LAV : Feilkode.TYPE);
        assertThat(m.validerFeltvis(svar).feil()).extracting(Valideringsfeil::sti).containsExactly(felt);
        assertThat(m.validerAlle(svar).gyldig()).isFalse();
        assertThat(m.felt(felt)).isPresent();
        Svar skjult = trinn ? m.oppdater(svar, bunn + "/kind", F.textNode("plain")) : m.rens(svar.uten(bunn + "/heavy"));
        assertThat(skjult.harVerdi(felt)).isFalse();
        assertThat(skjult.harVerdi(bunn)).isTrue();
    }

    /** Whether answers {@code niva} levels deep are within the answers' depth limit. */
    private static boolean godtatt(boolean trinn, int niva) {
        try {
            Svar.of(dokument(trinn, niva));
            return true;
        } catch (SkjemaException e) {
            return false;
        }
    }

    /** Steps with a timer of 0 minutes at the bottom, or a tree whose bottom node is heavy with a text weight. */
    private static ObjectNode dokument(boolean trinn, int niva) {
        return trinn ? RekursjonTest.trinn(niva, TestJson.json("{'text': 'x', 'kind': 'timer', 'minutes': 0}"))
                : RekursjonTest.tre(niva, TestJson.json("{'name': 'x', 'heavy': true, 'weight': 'x'}"));
    }

    @Test
    void theSubModelsOfRecursiveDefinitionsShareOneFieldBudget() {
        // Two self-recursive definitions, the first leading to the second: 10 declarations in the model, and
        // each definition's sub-model adds its own; together they may have maksFelt more, not maksFelt each.
        String skjema = "{'properties': {'x': {'$ref': '#/definitions/d0'}}, 'definitions': {"
                + "'d0': {'properties': {'a': {}, 'b': {}, 'c': {}, 'self': {'$ref': '#/definitions/d0'},"
                + " 'next': {'$ref': '#/definitions/d1'}}},"
                + "'d1': {'properties': {'a': {}, 'b': {}, 'c': {}, 'self': {'$ref': '#/definitions/d1'}}}}}";

        assertThatThrownBy(() -> SkjemaModell.of(TestJson.json(skjema), new SchemaLimits(64, 200_000, 10, 20_000, 8)))
                .isInstanceOfSatisfying(SkjemaException.class, e -> {
                    assertThat(e.kode()).isEqualTo(SkjemaFeilkode.FOR_STORT);
                    assertThat(e.getMessage()).contains("20 felt");
                });
        SkjemaModell m = modell(skjema);
        String dypt = "/x" + "/self".repeat(30) + "/next" + "/self".repeat(30) + "/a";
        assertThat(m.felt(dypt)).map(Felt::sti).contains(dypt);
    }
}
