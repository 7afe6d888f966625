package no.blaresept.benchmarks.skjema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import no.blaresept.schema.Eksempelskjema;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each hostile case of issue 9 (budget: a typed error or correct handling within 100 ms), timed as the SDK
 * meets it, against loading the ~200-field sample schema in the same run (what every vendor does once per
 * schema version), so the figure is comparable across machines as a ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class FiendtligSkjemaBenchmark {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** The hostile case; see {@link #tilfelle()}. */
    @Param({"allOfTilbakeTilRoten", "refKjede600", "monsterTusenGangerTusen", "nokkelSkrevetToGanger",
            "monsterNestedeGjentak40Tegn", "monsterAlternasjon2000Tegn", "unikeElementer8000"})
    public String tilfelle;

    private JsonNode eksempel;
    private JsonNode skjema;
    private SkjemaModell modell;
    private Svar svar;

    /** Builds each case's schema, model and answers once. */
    @Setup
    public void oppsett() {
        eksempel = Eksempelskjema.soknad();
        switch (tilfelle) {
            case "allOfTilbakeTilRoten" -> skjema = F.objectNode().set("allOf", F.arrayNode().add(F.objectNode().put("$ref", "#")));
            case "refKjede600" -> skjema = kjede(600);
            case "monsterTusenGangerTusen" -> skjema = felt(F.objectNode().put("pattern", "^(a{1,1000}){1,1000}$"));
            case "nokkelSkrevetToGanger" -> skjema = F.objectNode(); // read from text in tilfelle()
            case "monsterNestedeGjentak40Tegn" -> tekst("^([a-z]{1,20} ?){1,10}$", "abcdefghij abcdefghij abcdefghij abcdefg!");
            case "monsterAlternasjon2000Tegn" -> tekst("^(\\w|\\s)*$", "a ".repeat(1000) + "!");
            case "unikeElementer8000" -> {
                ObjectNode liste = F.objectNode().put("type", "array").put("uniqueItems", true);
                modell = SkjemaModell.of(felt(liste));
                com.fasterxml.jackson.databind.node.ArrayNode verdier = F.arrayNode();
                for (int i = 0; i < 8000; i++) {
                    verdier.addObject().put("kode", i);
                }
                svar = Svar.empty().med("/x", verdier);
            }
            default -> throw new IllegalArgumentException(tilfelle);
        }
        tilfelle();
    }

    /** Baseline: loading the ~200-field sample schema. */
    @Benchmark
    public Object baselineLesEksempelskjema() {
        return SkjemaModell.of(eksempel);
    }

    /** SDK: the hostile case, ending in a typed error or a verdict. */
    @Benchmark
    public Object sdkTilfelle() {
        return tilfelle();
    }

    private Object tilfelle() {
        try {
            return switch (tilfelle) {
                case "nokkelSkrevetToGanger" -> SkjemaModell.parse("{\"required\": [\"a\"], \"required\": []}");
                case "monsterNestedeGjentak40Tegn", "monsterAlternasjon2000Tegn", "unikeElementer8000" ->
                        modell.validerAlle(svar);
                default -> SkjemaModell.of(skjema);
            };
        } catch (SkjemaException e) {
            return e.kode();
        }
    }

    private void tekst(String monster, String verdi) {
        modell = SkjemaModell.of(felt(F.objectNode().put("type", "string").put("pattern", monster)));
        svar = Svar.empty().med("/x", F.textNode(verdi));
    }

    private static ObjectNode felt(JsonNode x) {
        ObjectNode rot = F.objectNode();
        rot.putObject("properties").set("x", x);
        return rot;
    }

    /** Field x refers to d0, each d(i) to d(i+1), the last is a string. */
    private static ObjectNode kjede(int lengde) {
        ObjectNode rot = F.objectNode();
        ObjectNode defs = rot.putObject("definitions");
        for (int i = 0; i < lengde; i++) {
            defs.putObject("d" + i).put("$ref", "#/definitions/d" + (i + 1));
        }
        defs.putObject("d" + lengde).put("type", "string");
        rot.putObject("properties").putObject("x").put("$ref", "#/definitions/d0");
        return rot;
    }
}
