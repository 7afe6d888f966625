package no.blaresept.sdk.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.testsupport.pii.PiiMarkers;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.Duration;
import no.blaresept.sdk.Timeouts;

/** What a listener is told of a call, in which order and on which thread, and that it never learns personal data. */
class BlareseptListenerTest {

    static final String SOK = "/api/blaresept/vedtak/sok";
    static final String SEND = "/api/blaresept/soknad/send";
    static final String INGEN_VEDTAK = "{\"utfall\":\"INGEN_VEDTAK\"}";

    @RegisterExtension
    final StubApi api = new StubApi();

    final RecordingListener recorder = new RecordingListener();

    BlareseptClient client() {
        return builder().build();
    }

    /**
     * The stub client with attempt timeouts a loaded CI machine cannot reach: these tests count events exactly,
     * and a slow answer timing out would add a retry the test is not about.
     */
    BlareseptClient.Builder builder() {
        return api.clientBuilder().listener(recorder)
                .timeouts(new Timeouts(Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(60)));
    }

    @Test
    void aSuccessfulCallIsStartedAnsweredAndEndedUnderItsCorrelationId() {
        api.server().stubFor(post(SOK).willReturn(okJson(INGEN_VEDTAK)));

        try (BlareseptClient client = client()) {
            client.vedtak().sok(Testdata.forskrivning());
        }

        String sent = api.requests().get(0).getHeader("X-Correlation-ID");
        assertThat(recorder.kinds()).containsExactly("CallStarted", "AttemptEnded", "CallEnded");
        assertThat(recorder.get(0, CallStarted.class)).isEqualTo(new CallStarted("vedtak/sok", sent));
        AttemptEnded attempt = recorder.get(1, AttemptEnded.class);
        assertThat(attempt.attempt()).isEqualTo(1);
        assertThat(attempt.result()).isEqualTo(AttemptResult.status(200));
        assertThat(attempt.correlationId()).isEqualTo(sent);
        CallEnded ended = recorder.get(2, CallEnded.class);
        assertThat(ended.outcome()).isEqualTo(CallOutcome.SUCCESS);
        assertThat(ended.attempts()).isEqualTo(1);
        assertThat(ended.error()).isEmpty();
        assertThat(ended.duration()).isGreaterThanOrEqualTo(attempt.duration());
    }

    @Test
    void aRetryIsScheduledWithItsReasonAndPauseBetweenTheAttempts() {
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs(STARTED).willSetStateTo("up")
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));
        api.server().stubFor(post(SOK).inScenario("s").whenScenarioStateIs("up").willReturn(okJson(INGEN_VEDTAK)));
        api.answersOffContract();

        try (BlareseptClient client = client()) {
            client.vedtak().sok(Testdata.forskrivning());
        }

        assertThat(recorder.kinds()).containsExactly("CallStarted", "AttemptEnded", "RetryScheduled", "AttemptEnded",
                "CallEnded");
        assertThat(recorder.get(1, AttemptEnded.class).result().label()).isEqualTo("503");
        RetryScheduled retry = recorder.get(2, RetryScheduled.class);
        assertThat(retry.nextAttempt()).isEqualTo(2);
        assertThat(retry.reason()).isEqualTo(AttemptResult.status(503));
        assertThat(recorder.get(3, AttemptEnded.class).attempt()).isEqualTo(2);
        assertThat(recorder.get(4, CallEnded.class).attempts()).isEqualTo(2);
    }

    @Test
    void aSendWhoseConnectionIsResetEndsWithOutcomeUnknownAndNoRetry() {
        api.server().stubFor(post(SEND).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Throwable thrown;
        try (BlareseptClient client = client()) {
            thrown = catchThrowable(() -> client.soknad().send(Testdata.innsending()));
        }

        assertThat(thrown).isInstanceOf(SendOutcomeUnknownException.class);
        assertThat(recorder.kinds()).containsExactly("CallStarted", "AttemptEnded", "CallEnded");
        assertThat(recorder.get(1, AttemptEnded.class).result()).isEqualTo(AttemptResult.failure(FailureKind.CONNECTION_LOST));
        CallEnded ended = recorder.get(2, CallEnded.class);
        assertThat(ended.outcome()).isEqualTo(CallOutcome.OUTCOME_UNKNOWN);
        assertThat(ended.error()).contains("SendOutcomeUnknownException");
    }

    @Test
    void aCallWithoutCredentialsEndsFailedAfterNoAttempt() {
        Throwable thrown;
        try (BlareseptClient client = builder().authentication(r -> {
            throw new IllegalStateException("no token");
        }).build()) {
            thrown = catchThrowable(() -> client.vedtak().sok(Testdata.forskrivning()));
        }

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(recorder.kinds()).containsExactly("CallStarted", "CallEnded");
        assertThat(recorder.get(1, CallEnded.class)).satisfies(e -> {
            assertThat(e.attempts()).isZero();
            assertThat(e.outcome()).isEqualTo(CallOutcome.FAILED);
            assertThat(e.error()).contains("IllegalStateException");
        });
    }

    @Test
    void aRequestRepeatedAfterACredentialsChallengeKeepsItsAttemptNumber() {
        api.server().stubFor(post(SOK).inScenario("c").whenScenarioStateIs(STARTED).willSetStateTo("fresh")
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        api.server().stubFor(post(SOK).inScenario("c").whenScenarioStateIs("fresh").willReturn(okJson(INGEN_VEDTAK)));
        api.answersOffContract();
        RequestAuthenticator renewing = new RequestAuthenticator() {
            @Override
            public AuthorizationHeaders authorize(ApiRequest request) {
                return AuthorizationHeaders.bearer(StubApi.TOKEN);
            }

            @Override
            public boolean onChallenge(ApiRequest request, AuthChallenge challenge) {
                return true;
            }
        };

        try (BlareseptClient client = builder().authentication(renewing).build()) {
            client.vedtak().sok(Testdata.forskrivning());
        }

        assertThat(recorder.kinds()).containsExactly("CallStarted", "AttemptEnded", "AttemptEnded", "CallEnded");
        assertThat(recorder.get(1, AttemptEnded.class).result().label()).isEqualTo("401");
        assertThat(recorder.get(2, AttemptEnded.class).attempt()).isEqualTo(1);
        assertThat(recorder.get(3, CallEnded.class).attempts()).isEqualTo(1);
    }

    @Test
    void anAsyncCallStartsOnTheCallingThreadAndEndsOnTheClients() {
        api.server().stubFor(post(SOK).willReturn(okJson(INGEN_VEDTAK)));

        try (BlareseptClient client = client()) {
            client.vedtak().sokAsync(Testdata.forskrivning()).join();
        }

        assertThat(recorder.threads.get(0)).isEqualTo(Thread.currentThread().getName());
        assertThat(recorder.threads.get(2)).startsWith("blaresept-sdk-");
        assertThat(recorder.kinds()).containsExactly("CallStarted", "AttemptEnded", "CallEnded");
    }

    @Test
    void severalListenersAreToldInTheOrderAdded() {
        api.server().stubFor(post(SOK).willReturn(okJson(INGEN_VEDTAK)));
        List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

        try (BlareseptClient client = api.clientBuilder()
                .listener(new BlareseptListener() {
                    @Override
                    public void callEnded(CallEnded call) {
                        order.add("first");
                    }
                })
                .listener(new BlareseptListener() {
                    @Override
                    public void callEnded(CallEnded call) {
                        order.add("second");
                    }
                }).build()) {
            client.vedtak().sok(Testdata.forskrivning());
        }

        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void noEventShowsAFodselsnummerTokenReferenceOrUrlPath() {
        String reference = "BRS-2026-000124";
        api.server().stubFor(post(SOK).willReturn(okJson(INGEN_VEDTAK)));
        api.server().stubFor(get("/api/blaresept/soknad/status/" + reference).willReturn(aResponse().withStatus(503)));
        api.server().stubFor(post(SEND).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        api.answersOffContract();

        try (BlareseptClient client = client()) {
            client.vedtak().sok(Testdata.forskrivning());
            catchThrowable(() -> client.soknad().status(new Soknadsreferanse(reference)));
            catchThrowable(() -> client.soknad().send(Testdata.innsending()));
        }

        assertThat(recorder.kinds()).contains("CallStarted", "AttemptEnded", "RetryScheduled", "CallEnded");
        assertThat(recorder.events).allSatisfy(event -> {
            String text = event.toString();
            assertThat(PiiMarkers.firstIn(text)).as(text).isNull();
            assertThat(text).doesNotContain(reference, "/api/", "127.0.0.1", "Bearer");
        });
        assertThat(recorder.events).filteredOn(CallStarted.class::isInstance).extracting(e -> ((CallStarted) e).endpoint())
                .containsExactly("vedtak/sok", "soknad/status", "soknad/send");
    }

    @Test
    void theResultOfAnAttemptHasEitherAStatusOrAFailure() {
        assertThat(catchThrowable(() -> new AttemptResult(OptionalInt.of(200), Optional.of(FailureKind.CONNECT))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
        assertThat(catchThrowable(() -> new AttemptResult(OptionalInt.empty(), Optional.empty())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither");
        assertThat(AttemptResult.failure(FailureKind.TIMEOUT).label()).isEqualTo("TIMEOUT");
    }
}
