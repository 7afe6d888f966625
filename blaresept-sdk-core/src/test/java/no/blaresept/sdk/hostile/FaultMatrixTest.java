package no.blaresept.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.ResponseLimits;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.BlareseptException;
import no.blaresept.sdk.spi.RequestAuthenticator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint × every fault the network or a hostile server can produce ends in a typed result
 * (an outcome or a {@link BlareseptException}) within the total deadline, nothing hangs,
 * {@code send} reaches the service at most once, and the decision letter streamed into a file
 * ({@code DOKUMENTFIL}) leaves that file only when it succeeded and never a temporary one ({@code f=}).
 * The matrix is printed to the test report.
 */
class FaultMatrixTest {

    private static final Timeouts TIMEOUTS = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(3));
    /** Slack on top of the total deadline: the watchdog's tick and a busy two-core machine. */
    private static final Duration SLACK = Duration.ofSeconds(2);
    private static final ResponseLimits LIMITS = new ResponseLimits(64 * 1024, 64 * 1024);

    /** The faults; each makes the server answer every request that way. */
    enum Feil {
        RESET(() -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        TOMT_SVAR(() -> aResponse().withFault(Fault.EMPTY_RESPONSE)),
        SOPPEL(() -> aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
        AVKUTTET(() -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        NEKTET(null),
        STOPPER_I_KROPP(() -> okJson("{\"utfall\":\"INGEN_VEDTAK\"," + " ".repeat(200) + "}")
                .withChunkedDribbleDelay(20, 10_000)),
        S500(() -> HttpProblems.problem(500)),
        S503(() -> HttpProblems.problem(503)),
        S429(() -> HttpProblems.problem(429).withHeader("Retry-After", "0")),
        ENORM_RETRY_AFTER(() -> HttpProblems.problem(503).withHeader("Retry-After", "99999999999999999999")),
        RETRY_AFTER_DATO_9999(() -> HttpProblems.problem(429).withHeader("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT")),
        RARE_HODER(() -> okJson("{}").withHeader("Content-Type", "application/json; charset=\"")
                .withHeader("Retry-After", "-1").withHeader("Content-Disposition", "filename=\"")),
        UGYLDIG_JSON(() -> okJson("{\"utfall\":")),
        FEIL_MEDIETYPE(() -> aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html/>")),
        TOM_200(() -> aResponse().withStatus(200).withHeader("Content-Type", "application/json")),
        NULL_ELEMENTER(() -> okJson("{\"utfall\":\"AVSLAG\",\"avslagsgrunner\":[null],\"meldinger\":[null],"
                + "\"vedtak\":[null],\"feil\":[null],\"gyldig\":false,\"skjema\":null,\"status\":\"AVSLAG\"}")),
        FEIL_MED_NULL(() -> HttpProblems.problem(400).withBody("{\"feil\":[null]}")),
        UKJENT_UTFALL(() -> okJson("{\"utfall\":\"NY_KODE\",\"status\":\"NY_KODE\",\"soknadsreferanse\":\"BRS-2026-000123\"}")),
        OVER_GRENSEN(() -> okJson("{\"x\":\"" + "a".repeat(100 * 1024) + "\"}")),
        PDF_STOPPER_I_KROPP(() -> pdf(new byte[200]).withChunkedDribbleDelay(20, 10_000)),
        PDF_OVER_GRENSEN(() -> pdf(new byte[100 * 1024])),
        OMDIRIGERING(() -> aResponse().withStatus(302).withHeader("Location", "http://127.0.0.1:1/annet")),
        UAUTORISERT_ALLTID(() -> aResponse().withStatus(401).withHeader("WWW-Authenticate", "DPoP error=\"invalid_token\"")),
        DPOP_NONCE_ALLTID(() -> aResponse().withStatus(401).withHeader("WWW-Authenticate", "DPoP error=\"use_dpop_nonce\"")
                .withHeader("DPoP-Nonce", "n-1"));

        private final Supplier<ResponseDefinitionBuilder> answer;

        Feil(Supplier<ResponseDefinitionBuilder> answer) {
            this.answer = answer;
        }
    }

    private static ResponseDefinitionBuilder pdf(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(body);
    }

    private static WireMockServer server;
    private static int closedPort;

    @BeforeAll
    static void start() throws Exception {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyEndpointTimesEveryFaultEndsTypedWithinTheDeadline() throws Exception {
        Map<ApiCall, Map<Feil, String>> table = new EnumMap<>(ApiCall.class);
        List<String> wrong = new ArrayList<>();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            for (ApiCall call : ApiCall.values()) {
                Map<Feil, String> row = new EnumMap<>(Feil.class);
                for (Feil feil : Feil.values()) {
                    row.put(feil, cell(call, feil, runner, wrong));
                }
                table.put(call, row);
            }
        } finally {
            runner.shutdownNow();
        }
        print(table);
        assertThat(wrong).as("cells that ended untyped, late, hung or sent send twice").isEmpty();
    }

    private static String cell(ApiCall call, Feil feil, ExecutorService runner, List<String> wrong) throws Exception {
        server.resetAll();
        ApiCall.tomDokumentmappe();
        if (feil.answer != null) {
            server.stubFor(any(anyUrl()).willReturn(feil.answer.get()));
        }
        URI base = URI.create("http://127.0.0.1:" + (feil == Feil.NEKTET ? closedPort : server.port()));
        long start = System.nanoTime();
        Future<Throwable> outcome = runner.submit(() -> {
            try (BlareseptClient client = BlareseptClient.builder().baseUri(base).epjSystem("Matrise", "1.0")
                    .authentication(RequestAuthenticator.bearer(scope -> "matrix-token"))
                    .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)))
                    .timeouts(TIMEOUTS).responseLimits(LIMITS).build()) {
                call.make(client);
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Throwable thrown;
        try {
            thrown = outcome.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException hang) {
            outcome.cancel(true);
            wrong.add(call + " × " + feil + ": hung");
            return "HENG";
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (thrown != null && !(thrown instanceof BlareseptException)) {
            wrong.add(call + " × " + feil + ": " + thrown);
        }
        if (took.compareTo(TIMEOUTS.total().plus(SLACK)) > 0) {
            wrong.add(call + " × " + feil + ": took " + took.toMillis() + " ms");
        }
        int sends = server.findAll(postRequestedFor(urlEqualTo(ApiCall.SEND.path))).size();
        if (sends > 1) {
            wrong.add(call + " × " + feil + ": send received " + sends + " times");
        }
        String result = thrown == null ? "ok" : thrown.getClass().getSimpleName().replace("Exception", "");
        String files = "";
        if (call == ApiCall.DOKUMENTFIL) {
            int left = ApiCall.dokumentmappe().size();
            if (left != (thrown == null ? 1 : 0)) {
                wrong.add(call + " × " + feil + ": left " + left + " files");
            }
            files = " f=" + left;
        }
        return result + " " + took.toMillis() + "ms" + (call == ApiCall.SEND ? " n=" + sends : "") + files;
    }

    private static void print(Map<ApiCall, Map<Feil, String>> table) {
        StringBuilder out = new StringBuilder("\nFault matrix (" + ApiCall.values().length + " endpoints × "
                + Feil.values().length + " faults = " + ApiCall.values().length * Feil.values().length + " cells)\n");
        for (Feil feil : Feil.values()) {
            out.append(String.format("%-22s", feil));
            for (ApiCall call : ApiCall.values()) {
                out.append(String.format(" | %-9s %-34s", call, table.get(call).get(feil)));
            }
            out.append('\n');
        }
        System.out.println(out);
    }
}
