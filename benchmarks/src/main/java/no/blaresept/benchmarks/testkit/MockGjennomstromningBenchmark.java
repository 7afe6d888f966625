package no.blaresept.benchmarks.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A vendor's test suite against the mock: 50 threads, each running whole application flows (lookup →
 * del1 → del2 → del3 → valider → send → status) through one shared {@link BlareseptClient}; one
 * operation is one call, so JMH's sample mode gives the latency distribution per call (p50, p99) and,
 * with 50 callers in a closed loop, throughput = 50 / average. The same flows meet, in the same run,
 * the testkit mock (state, schema validation, scenario choice, rehearsal record, request journal) and a
 * bare WireMock stub server that returns the answers the mock gave to one recorded flow. Goal (issue 13):
 * the mock at ≥ 0.5× the stub's throughput (ratio of averages ≤ 2) and p99 per call &lt; 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Threads(50)
@Fork(1)
public class MockGjennomstromningBenchmark {

    private BlareseptMockServer mock;
    private WireMockServer stub;
    private BlareseptClient motMock;
    private BlareseptClient motStub;

    /** Each thread's own flow (one for each side, so neither side's state leaks into the other). */
    @State(Scope.Thread)
    public static class Flyter {
        final Soknadsflyt motMock = new Soknadsflyt();
        final Soknadsflyt motStub = new Soknadsflyt();
    }

    /** Starts the mock, records one flow's answers into the bare stub server, builds both clients. */
    @Setup(Level.Trial)
    public void oppsett() {
        mock = BlareseptMockServer.start();
        // The same WireMock settings as the mock's (no per-request log dump), so the ratio is what the mock adds.
        stub = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(0)
                .stubRequestLoggingDisabled(true));
        stub.start();
        stub.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(mock.baseUrl().toString())));
        try (BlareseptClient opptak = klient(URI.create(stub.baseUrl()))) {
            Soknadsflyt flyt = new Soknadsflyt();
            for (int i = 0; i < 7; i++) {
                flyt.neste(opptak);
            }
        }
        List<ServeEvent> opptatt = new ArrayList<>(stub.getAllServeEvents());
        stub.resetAll();
        for (ServeEvent e : opptatt) {
            String sti = URI.create(e.getRequest().getUrl()).getPath();
            boolean status = sti.startsWith(ApiEndpoint.STATUS.path());
            stub.stubFor(request(e.getRequest().getMethod().getName(),
                    status ? urlPathMatching(ApiEndpoint.STATUS.path() + ".+") : urlPathEqualTo(sti))
                    .willReturn(aResponse().withStatus(e.getResponse().getStatus())
                            .withHeader("Content-Type", e.getResponse().getHeaders().getContentTypeHeader().firstValue())
                            .withBody(e.getResponse().getBody())));
        }
        mock.reset(); // flows stay open across iterations, so the mock keeps its state from here on
        motMock = klient(mock.baseUrl());
        motStub = klient(URI.create(stub.baseUrl()));
    }

    /** Stops clients and servers. */
    @TearDown(Level.Trial)
    public void rydd() {
        motMock.close();
        motStub.close();
        mock.close();
        stub.stop();
    }

    /** The next call of this thread's flow against the testkit mock. */
    @Benchmark
    public Object sdkTestkitMock(Flyter flyter) {
        return flyter.motMock.neste(motMock);
    }

    /** The next call of this thread's flow against the bare WireMock stub server. */
    @Benchmark
    public Object baselineWireMockStub(Flyter flyter) {
        return flyter.motStub.neste(motStub);
    }

    private BlareseptClient klient(URI base) {
        return mock.clientBuilder().baseUri(base).build();
    }
}
