package no.blaresept.benchmarks.skjema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.TimeUnit;
import no.blaresept.schema.Eksempelskjema;
import no.blaresept.schema.SkjemaEndring;
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

/**
 * Classifying the changes between two ~200-field schema versions (the sample and its minor variant),
 * against the baseline of loading the new version into everit, which any vendor does for a new schema.
 * Goal (issue 5): ≤ 5 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SkjemadiffBenchmark {
    private JsonNode gammel;
    private JsonNode ny;
    private JSONObject nyOrgJson;

    /** Loads both versions once. */
    @Setup
    public void oppsett() {
        gammel = Eksempelskjema.soknad();
        ny = Eksempelskjema.of(Eksempelskjema.Del.SOKNAD_MINOR);
        nyOrgJson = new JSONObject(ny.toString());
    }

    /** Raw everit: compile the new version. */
    @Benchmark
    public Schema baselineLastNyVersjon() {
        return SchemaLoader.builder().draftV7Support().schemaJson(nyOrgJson).build().load().build();
    }

    /** SDK: every change, classified minor/major. */
    @Benchmark
    public SkjemaEndring sdkSammenlign() {
        return SkjemaEndring.sammenlign(gammel, ny);
    }
}
