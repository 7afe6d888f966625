package no.blaresept.benchmarks.skjema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One keystroke deep inside a recursive form (issue 9 item 5): steps inside steps, {@value #NIVA} levels
 * deep, two steps per level, where a timer step requires its minutes. The keystroke switches the deepest
 * step between timer and plain, which shows or hides its minutes (and removes them): the SDK sets the
 * answer, re-evaluates every field's state, and validates the changed field, all below the model's static
 * expansion of the recursion; the baseline changes the value in an org.json document and validates the
 * whole document with everit. Sample mode reports the percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RekursjonBenchmark {
    static final int NIVA = 22;
    private static final String SKJEMA = "{'properties': {'steps': {'$ref': '#/definitions/steps'}}, 'definitions':"
            + " {'steps': {'type': 'array', 'items': {'type': 'object', 'properties': {'text': {'type': 'string'},"
            + " 'kind': {'enum': ['plain', 'timer']}, 'steps': {'$ref': '#/definitions/steps'}}, 'required': ['text'],"
            + " 'if': {'properties': {'kind': {'const': 'timer'}}, 'required': ['kind']}, 'then': {'properties':"
            + " {'minutes': {'type': 'integer', 'minimum': 1}}, 'required': ['minutes']}}}}}";
    private static final List<TextNode> VERDIER = List.of(TextNode.valueOf("timer"), TextNode.valueOf("plain"));
    private static final String STI = "/steps/0" + "/steps/0".repeat(NIVA - 1) + "/kind";

    private SkjemaModell modell;
    private Svar svar;
    private Schema everit;
    private JSONObject dokument;
    private JSONObject dypeste;
    private int teller;

    /** Builds the model, the answers and everit's compiled schema once. */
    @Setup
    public void oppsett() {
        String skjema = SKJEMA.replace('\'', '"');
        modell = SkjemaModell.parse(skjema);
        svar = Svar.of(svar());
        modell.tilstand(svar); // the form as shown before the keystroke
        everit = SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(skjema)).build().load().build();
        dokument = new JSONObject(svar.json().toString());
        JSONObject steg = dokument;
        for (int i = 0; i < NIVA; i++) {
            steg = steg.getJSONArray("steps").getJSONObject(0);
        }
        dypeste = steg;
    }

    /** Two steps per level; the first goes on down; every step is a timer with its minutes. */
    private static ObjectNode svar() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode rot = f.objectNode();
        ArrayNode liste = rot.putArray("steps");
        for (int i = 0; i < NIVA; i++) {
            ObjectNode neste = liste.addObject().put("text", "steg " + i).put("kind", "timer").put("minutes", 5);
            liste.addObject().put("text", "ved siden av " + i).put("kind", "plain");
            liste = neste.putArray("steps");
        }
        return rot;
    }

    /** Raw everit: change the value in the document, validate the whole document. */
    @Benchmark
    public void baselineHeleDokumentet(Blackhole hull) {
        dypeste.put("kind", VERDIER.get(teller++ & 1).textValue());
        Tastetrykk.everit(everit, dokument, hull);
    }

    /** SDK: set the answer (hidden minutes removed), every field's state, the changed field's errors. */
    @Benchmark
    public void sdkDyptTastetrykk(Blackhole hull) {
        Tastetrykk.sdk(modell, svar, STI, VERDIER.get(teller++ & 1), hull);
    }
}
