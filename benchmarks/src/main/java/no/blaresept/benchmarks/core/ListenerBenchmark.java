package no.blaresept.benchmarks.core;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.spi.AttemptEnded;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.CallEnded;
import no.blaresept.sdk.spi.CallStarted;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What listeners cost a call: the {@code vedtak/sok} round trip of {@link VedtakSokBenchmark} through a
 * client with two listeners (one counting every event, one adding a {@code traceparent} header, which
 * the SDK checks on every call) against the same client without listeners, same server, same run.
 * Goal: ratio ≤ 1.02.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ListenerBenchmark {

    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    /** Counts events so that the JIT cannot drop the calls. */
    static final class Counting implements BlareseptListener {
        final LongAdder events = new LongAdder();

        @Override
        public void callStarted(CallStarted call) {
            events.increment();
        }

        @Override
        public void attemptEnded(AttemptEnded attempt) {
            events.increment();
        }

        @Override
        public void callEnded(CallEnded call) {
            events.increment();
        }
    }

    private Loopback server;
    private BlareseptClient plain;
    private BlareseptClient observed;
    private final Counting counting = new Counting();

    /** Starts the server and both clients. */
    @Setup
    public void oppsett() {
        server = Loopback.start(VedtakSokBenchmark.SOK, VedtakSokBenchmark.SVAR);
        plain = VedtakSokBenchmark.sdkClientBuilder(server).build();
        observed = VedtakSokBenchmark.sdkClientBuilder(server).listener(counting).listener(new BlareseptListener() {
            @Override
            public Map<String, String> requestHeaders(CallStarted call) {
                return Map.of("traceparent", TRACEPARENT);
            }
        }).build();
    }

    /** Stops the clients and the server; fails the run when the listener missed events. */
    @TearDown
    public void rydd() {
        plain.close();
        observed.close();
        server.close();
        if (counting.events.sum() == 0) {
            throw new IllegalStateException("the listener was never called");
        }
    }

    /** The SDK without listeners. */
    @Benchmark
    public VedtakSokResultat baselineSok() {
        return sok(plain);
    }

    /** The SDK with a counting listener and a header listener. */
    @Benchmark
    public VedtakSokResultat sdkSok() {
        return sok(observed);
    }

    private static VedtakSokResultat sok(BlareseptClient client) {
        return client.vedtak().sok(Forskrivning.builder().pasient(VedtakSokBenchmark.FODSELSNUMMER)
                .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3).produkt(Produkt.legemiddel("A10BJ06")).build());
    }
}
