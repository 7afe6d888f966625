package no.blaresept.benchmarks.skjema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
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
 * {@code uniqueItems} on a long list of objects (issue 9: 8 000 items took 14 s): the SDK's whole-document
 * validation against raw everit validating the same document with the same schema. {@code like}: the last
 * item equals the fourth (everit's worst case: it finds the pair last), or all items differ.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class UnikeElementerBenchmark {
    @Param({"1000", "8000"})
    public int antall;
    @Param({"false", "true"})
    public boolean like;

    private SkjemaModell modell;
    private Svar svar;
    private Schema everit;
    private JSONObject dokument;

    /** Builds the schema and the answers once. */
    @Setup
    public void oppsett() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode skjema = f.objectNode();
        skjema.putObject("properties").putObject("liste").put("type", "array").put("uniqueItems", true)
                .putObject("items").put("type", "object");
        ObjectNode svarJson = f.objectNode();
        ArrayNode liste = svarJson.putArray("liste");
        for (int i = 0; i < antall; i++) {
            liste.addObject().put("kode", i).put("tekst", "t" + i);
        }
        if (like) {
            liste.addObject().put("kode", 3).put("tekst", "t3");
        }
        modell = SkjemaModell.of(skjema);
        svar = Svar.of(svarJson);
        everit = SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(skjema.toString())).build().load()
                .build();
        dokument = new JSONObject(svarJson.toString());
        if (modell.validerAlle(svar).gyldig() == like || gyldig() == like) {
            throw new IllegalStateException("SDK and everit must both judge the list " + (like ? "invalid" : "valid"));
        }
    }

    /** Raw everit on the same schema and document. */
    @Benchmark
    public boolean baselineValider() {
        return gyldig();
    }

    private boolean gyldig() {
        try {
            everit.validate(dokument);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** SDK: the whole document. */
    @Benchmark
    public boolean sdkValider() {
        return modell.validerAlle(svar).gyldig();
    }
}
