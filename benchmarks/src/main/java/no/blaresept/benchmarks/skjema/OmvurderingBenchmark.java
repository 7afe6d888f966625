package no.blaresept.benchmarks.skjema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.blaresept.schema.Eksempelskjema;
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
 * One keystroke on the ~200-field sample form: the SDK sets the answer, re-evaluates visibility and
 * required-now for every field, and validates the changed field; the baseline is what a vendor would do
 * with everit alone, validate the whole document after changing it. Goal (issue 5): p50 ≤ 0.2 ms and
 * ≤ 0.3 × the baseline. Sample mode reports the percentiles.
 *
 * <p>As in a UI, the state before the keystroke is known (the form is on screen), so the SDK recomputes
 * only the fields whose conditions read the changed answer and shares the rest. {@code
 * sdkEttSvarEndretUtenForrigeTilstand} measures the same keystroke on answers whose state was never
 * computed (for example just read from a draft), where every field is evaluated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OmvurderingBenchmark {
    private static final String STI = "/pasient/telefon";
    private static final List<TextNode> VERDIER = List.of(TextNode.valueOf("22334455"), TextNode.valueOf("2233445"));

    private SkjemaModell modell;
    private Svar svar;
    private Svar svarUtenTilstand;
    private Schema everit;
    private JSONObject dokument;
    private int teller;

    /** Builds the model, a filled application, and everit's compiled schema once. */
    @Setup
    public void oppsett() {
        JsonNode skjema = Eksempelskjema.soknad();
        modell = SkjemaModell.of(skjema);
        svar = Eksempelsvar.utfylt(modell);
        svarUtenTilstand = Svar.of(svar.json());
        modell.tilstand(svar); // the form as shown before the keystroke
        everit = SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(skjema.toString())).build()
                .load().build();
        dokument = new JSONObject(svar.json().toString());
    }

    /** Raw everit: change the value in the document, validate the whole document. */
    @Benchmark
    public void baselineHeleDokumentet(Blackhole hull) {
        dokument.getJSONObject("pasient").put("telefon", VERDIER.get(teller++ & 1).textValue());
        Tastetrykk.everit(everit, dokument, hull);
    }

    /** SDK: set the answer (stale values removed), every field's state, the changed field's errors. */
    @Benchmark
    public void sdkEttSvarEndret(Blackhole hull) {
        tastetrykk(svar, hull);
    }

    /** The same keystroke on answers whose state was never computed: every field is evaluated. */
    @Benchmark
    public void sdkEttSvarEndretUtenForrigeTilstand(Blackhole hull) {
        tastetrykk(svarUtenTilstand, hull);
    }

    private void tastetrykk(Svar fra, Blackhole hull) {
        Tastetrykk.sdk(modell, fra, STI, VERDIER.get(teller++ & 1), hull);
    }
}
