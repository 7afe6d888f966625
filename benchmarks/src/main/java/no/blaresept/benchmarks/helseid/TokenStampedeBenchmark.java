package no.blaresept.benchmarks.helseid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.testkit.helseid.MockHelseIdClient;
import no.blaresept.testkit.helseid.MockHelseIdSts;
import no.blaresept.testkit.helseid.TestClock;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A token expires while 64 threads want one. The SDK must make exactly one STS call for all of them
 * (single-flight, T-2.6), so 64 waiting threads should take about as long as one thread fetching a
 * token alone — the baseline. Every invocation checks the STS call count and fails the run if it is
 * not exactly one; the totals are printed at the end of each trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenStampedeBenchmark {

    private static final int THREADS = 64;

    private TestClock clock;
    private MockHelseIdSts sts;
    private HelseIdTokenProvider provider;
    private ExecutorService callers;
    private int invocations;
    private int stsCallsBefore;

    /** Starts the mock STS and a provider on one hand-moved clock, and the 64 caller threads. */
    @Setup(Level.Trial)
    public void setUp() {
        clock = TestClock.at(Instant.now());
        sts = MockHelseIdSts.start(clock);
        MockHelseIdClient client = sts.registerClient("stampede");
        provider = HelseIdTokenProvider.of(HelseIdConfig.builder().issuer(sts.issuer())
                .clientId(client.clientId()).clientKey(client.clientKey()).clock(clock).build());
        provider.accessToken(BlareseptScope.SOKNAD);
        callers = Executors.newFixedThreadPool(THREADS);
    }

    /** Lets the cached token expire, so the next request must fetch a new one. */
    @Setup(Level.Invocation)
    public void expire() {
        clock.advance(Duration.ofMinutes(61));
        stsCallsBefore = sts.tokensIssued();
    }

    /** Checks that the invocation cost exactly one STS call. */
    @TearDown(Level.Invocation)
    public void countStsCalls() {
        int calls = sts.tokensIssued() - stsCallsBefore;
        if (calls != 1) {
            throw new IllegalStateException("expected exactly 1 STS call at expiry, saw " + calls);
        }
        invocations++;
    }

    /** Prints the totals and stops everything. */
    @TearDown(Level.Trial)
    public void tearDown() {
        System.out.println("\n" + invocations + " expiries, " + invocations + " STS calls (exactly one each)");
        callers.shutdownNow();
        provider.close();
        sts.close();
    }

    /** One thread alone fetches the new token: one STS round trip. */
    @Benchmark
    public AccessToken baselineOneThreadAtExpiry() {
        return provider.accessToken(BlareseptScope.SOKNAD);
    }

    /** 64 threads at once at expiry: they share the one fetch. */
    @Benchmark
    public List<AccessToken> sdkSixtyFourThreadsAtExpiry() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AccessToken>> futures = new ArrayList<>(THREADS);
        for (int i = 0; i < THREADS; i++) {
            futures.add(callers.submit(() -> {
                start.await();
                return provider.accessToken(BlareseptScope.SOKNAD);
            }));
        }
        start.countDown();
        List<AccessToken> tokens = new ArrayList<>(THREADS);
        for (Future<AccessToken> f : futures) {
            tokens.add(f.get(30, TimeUnit.SECONDS));
        }
        return tokens;
    }
}
