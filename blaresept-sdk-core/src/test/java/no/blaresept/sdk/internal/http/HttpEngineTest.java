package no.blaresept.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.CallTimeoutException;
import no.blaresept.sdk.error.InputRejectedException;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.error.ServiceUnavailableException;
import no.blaresept.sdk.error.UnexpectedResponseException;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries, timeouts and the never-resend rule of {@code send}, through the public client. */
class HttpEngineTest {

    private static final String SOK = "/api/blaresept/vedtak/sok";
    private static final String SEND = "/api/blaresept/soknad/send";
    private static final String INGEN_VEDTAK = "{\"utfall\":\"INGEN_VEDTAK\"}";

    @RegisterExtension
    final StubApi api = new StubApi();

    static ResponseDefinitionBuilder problem(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Feil\",\"status\":" + status + "}");
    }

    @Test
    void idempotentCallIsRetriedAfter503WithTheSameCorrelationId() {
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(problem(503)).willSetStateTo("up"));
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs("up").willReturn(okJson(INGEN_VEDTAK)));

        try (BlareseptClient client = api.client()) {
            assertThat(client.vedtak().sok(Testdata.forskrivning())).isInstanceOf(VedtakSokResultat.IngenVedtak.class);
        }
        List<LoggedRequest> requests = api.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getHeader("X-Correlation-ID")).isEqualTo(requests.get(0).getHeader("X-Correlation-ID"));
    }

    @Test
    void retriesStopAtMaxAttempts() {
        api.server().stubFor(post(SOK).willReturn(problem(500)));

        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.vedtak().sok(Testdata.forskrivning()))
                    .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
                        assertThat(e.httpStatus()).hasValue(500);
                        assertThat(e.isRetryable()).isTrue();
                    });
        }
        api.server().verify(3, postRequestedFor(urlEqualTo(SOK)));
    }

    @Test
    void retryAfterSecondsIsWaitedBeforeTheNextAttempt() {
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(problem(429).withHeader("Retry-After", "1")).willSetStateTo("up"));
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs("up").willReturn(okJson(INGEN_VEDTAK)));

        try (BlareseptClient client = api.client()) {
            client.vedtak().sok(Testdata.forskrivning());
        }
        List<LoggedRequest> requests = api.requests();
        long waitedMillis = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        assertThat(waitedMillis).isGreaterThanOrEqualTo(1000);
    }

    @Test
    void retryAfterBeyondTheTotalTimeoutGivesUpAtOnceAndSaysHowLongToWait() {
        api.server().stubFor(post(SOK).willReturn(problem(503).withHeader("Retry-After", "120")));

        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.vedtak().sok(Testdata.forskrivning()))
                    .isInstanceOfSatisfying(ServiceUnavailableException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
        }
        api.server().verify(1, postRequestedFor(urlEqualTo(SOK)));
    }

    @Test
    void attemptThatTimesOutIsRetried() {
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(okJson(INGEN_VEDTAK).withFixedDelay(1500)).willSetStateTo("fast"));
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs("fast").willReturn(okJson(INGEN_VEDTAK)));

        try (BlareseptClient client = api.clientBuilder().timeouts(new Timeouts(Duration.ofSeconds(1),
                Duration.ofMillis(300), Duration.ofSeconds(5))).build()) {
            assertThat(client.vedtak().sok(Testdata.forskrivning())).isInstanceOf(VedtakSokResultat.IngenVedtak.class);
        }
        api.server().verify(2, postRequestedFor(urlEqualTo(SOK)));
    }

    @Test
    void totalTimeoutBoundsAllAttempts() {
        api.server().stubFor(post(SOK).willReturn(okJson(INGEN_VEDTAK).withFixedDelay(2000)));

        try (BlareseptClient client = api.clientBuilder()
                .retryPolicy(new RetryPolicy(10, Duration.ofMillis(10), Duration.ofMillis(20)))
                .timeouts(new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofMillis(700))).build()) {
            assertThatThrownBy(() -> client.vedtak().sok(Testdata.forskrivning()))
                    .isInstanceOfSatisfying(CallTimeoutException.class, e -> assertThat(e.isRetryable()).isTrue());
        }
        assertThat(api.requests()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void idempotentCallIsRetriedAfterConnectionReset() {
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs("up").willReturn(okJson(INGEN_VEDTAK)));

        try (BlareseptClient client = api.client()) {
            assertThat(client.vedtak().sok(Testdata.forskrivning())).isInstanceOf(VedtakSokResultat.IngenVedtak.class);
        }
    }

    @Test
    void sendIsNeverRetriedAfterTimeout() {
        api.server().stubFor(post(SEND).willReturn(okJson("{\"utfall\":\"AVSLAG\"}").withFixedDelay(1500)));

        try (BlareseptClient client = api.clientBuilder().timeouts(new Timeouts(Duration.ofSeconds(1),
                Duration.ofMillis(300), Duration.ofSeconds(5))).build()) {
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOfSatisfying(SendOutcomeUnknownException.class, e -> {
                        assertThat(e.isRetryable()).isFalse();
                        assertThat(e.getMessage()).contains("vedtak().sok", "Do not send it again");
                    });
        }
        api.server().verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void aBodyThatStallsAfterTheHeadersEndsAtTheAttemptTimeout() {
        // The JDK client's own request timeout stops at the headers; the SDK's attempt timer covers the body.
        api.server().stubFor(post(SEND).willReturn(okJson("{\"utfall\":\"AVSLAG\"" + " ".repeat(200) + "}")
                .withChunkedDribbleDelay(60, 6_000)));

        try (BlareseptClient client = api.clientBuilder().timeouts(new Timeouts(Duration.ofSeconds(1),
                Duration.ofMillis(500), Duration.ofSeconds(5))).build()) {
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOf(SendOutcomeUnknownException.class);
        }
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        api.server().verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void sendIsNeverRetriedAfterConnectionReset() {
        api.server().stubFor(post(SEND).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOf(SendOutcomeUnknownException.class);
        }
        api.server().verify(1, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void sendWithATruncatedOrMalformedAnswerIsOutcomeUnknown() {
        api.answersOffContract();
        api.server().stubFor(post(SEND).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOf(SendOutcomeUnknownException.class);

            api.server().stubFor(post(SEND).willReturn(okJson("{\"utfall\":")));
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOf(SendOutcomeUnknownException.class).hasMessageContaining("not valid JSON");
        }
        api.server().verify(2, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void sendAfter500IsOutcomeUnknownButAfter503ItIsPlainlyUnavailable() {
        api.server().stubFor(post(SEND).willReturn(problem(500)));
        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOf(SendOutcomeUnknownException.class);

            api.server().stubFor(post(SEND).willReturn(problem(503).withHeader("Retry-After", "2")));
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOfSatisfying(ServiceUnavailableException.class,
                            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)));
        }
        api.server().verify(2, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void sendThatCannotConnectFailsPlainlySinceNothingWasSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (BlareseptClient client = api.clientBuilder().baseUri(URI.create("http://127.0.0.1:" + closedPort)).build()) {
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
                        assertThat(e.getMessage()).contains("nothing was sent");
                        assertThat(e.httpStatus()).isEmpty();
                    });
        }
    }

    @Test
    void malformedJsonAndWrongContentTypeAreUnexpectedResponses() {
        api.answersOffContract();
        api.server().stubFor(post(SOK).willReturn(okJson("{\"utfall\": [")));
        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.vedtak().sok(Testdata.forskrivning()))
                    .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("line 1");

            api.server().stubFor(post(SOK).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/html").withBody("<html/>")));
            assertThatThrownBy(() -> client.vedtak().sok(Testdata.forskrivning()))
                    .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("text/html");
        }
        api.server().verify(2, postRequestedFor(urlEqualTo(SOK)));
    }

    @Test
    void refusedInputCarriesTheFieldErrorsAndIsNotRetried() {
        api.server().stubFor(post(SOK).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Ugyldig\",\"status\":400,\"feil\":[{\"sti\":\"/produkt/atcKode\","
                        + "\"kode\":\"UKJENT_ATC\",\"tekst\":\"Ukjent ATC-kode\"}]}")));

        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.vedtak().sok(Testdata.forskrivning()))
                    .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                        assertThat(e.feil()).singleElement().satisfies(f -> assertThat(f.sti()).isEqualTo("/produkt/atcKode"));
                        assertThat(e.problem()).isPresent();
                        assertThat(e.isRetryable()).isFalse();
                    });
        }
        api.server().verify(1, postRequestedFor(urlEqualTo(SOK)));
    }
}
