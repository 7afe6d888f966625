package no.blaresept.examples.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Testpasient;
import no.blaresept.testkit.helseid.MockHelseIdClient;
import no.blaresept.testkit.helseid.MockHelseIdSts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter's meters after real calls to the testkit's mock API with tokens from its mock STS. */
class MicrometerListenerTest {

    static final String VEDTAK_SCOPE = "hdir:blareseptsoknad/vedtakssporring";

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final MicrometerListener metrics = new MicrometerListener(registry);
    MockHelseIdSts sts;
    MockHelseIdClient registered;
    BlareseptMockServer mock;

    @BeforeEach
    void start() {
        sts = MockHelseIdSts.start();
        registered = sts.registerClient("metrics-test");
        mock = BlareseptMockServer.builder().accessCheck(sts.apiAccessCheck()).start();
    }

    @AfterEach
    void stop() {
        mock.close();
        sts.close();
    }

    HelseIdTokenProvider helseId(String clientId, ClientKey key) {
        return HelseIdTokenProvider.of(HelseIdConfig.builder().issuer(sts.issuer()).clientId(clientId)
                .clientKey(key).listener(metrics).build());
    }

    static Forskrivning forskrivning() {
        return Forskrivning.builder().pasient(Testpasient.INGEN_VEDTAK.fodselsnummer()).hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                .produkt(Produkt.legemiddel("A10BJ06")).build();
    }

    Timer timer(String name, String... tags) {
        return registry.get(name).tags(tags).timer();
    }

    double counter(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    @Test
    void aRetriedLookupIsTimedPerAttemptAndPerCallAndItsRetryAndTokenAreCounted() {
        mock.fault(ApiEndpoint.VEDTAK_SOK, FaultPreset.unavailable(Duration.ZERO));
        try (HelseIdTokenProvider helseId = helseId(registered.clientId(), registered.clientKey());
             BlareseptClient client = mock.clientBuilder().authentication(helseId).listener(metrics).build()) {
            client.vedtak().sok(forskrivning());
            client.vedtak().sok(forskrivning());
        }

        assertThat(timer(MicrometerListener.ATTEMPTS, "endpoint", "vedtak/sok", "status", "503", "attempt", "1").count())
                .isEqualTo(1);
        assertThat(timer(MicrometerListener.ATTEMPTS, "endpoint", "vedtak/sok", "status", "200", "attempt", "2").count())
                .isEqualTo(1);
        assertThat(timer(MicrometerListener.ATTEMPTS, "endpoint", "vedtak/sok", "status", "200", "attempt", "1").count())
                .isEqualTo(1);
        Timer calls = timer(MicrometerListener.CALLS, "endpoint", "vedtak/sok", "outcome", "SUCCESS", "error", "none");
        assertThat(calls.count()).isEqualTo(2);
        assertThat(calls.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
                .isGreaterThanOrEqualTo(registry.get(MicrometerListener.ATTEMPTS).timers().stream()
                        .mapToDouble(t -> t.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).sum());
        assertThat(counter(MicrometerListener.RETRIES, "endpoint", "vedtak/sok", "reason", "503")).isEqualTo(1);
        assertThat(counter(MicrometerListener.TOKENS, "scope", VEDTAK_SCOPE, "type", "DPoP", "renewal", "false",
                "result", "fetched")).isEqualTo(1);
    }

    @Test
    void aRefusedTokenRequestIsCountedWithItsOAuthErrorAndTheCallAsFailed() {
        ClientKey unregistered = sts.registerClient("other").clientKey();
        try (HelseIdTokenProvider helseId = helseId("not-registered", unregistered);
             BlareseptClient client = mock.clientBuilder().authentication(helseId).listener(metrics).build()) {
            assertThat(catchThrowable(() -> client.vedtak().sok(forskrivning()))).isInstanceOf(HelseIdException.class);
        }

        assertThat(registry.get(MicrometerListener.TOKENS).tags("scope", VEDTAK_SCOPE, "renewal", "false")
                .counter().getId().getTag("result")).isEqualTo("invalid_client");
        assertThat(timer(MicrometerListener.CALLS, "endpoint", "vedtak/sok", "outcome", "FAILED",
                "error", "HelseIdException").count()).isEqualTo(1);
        assertThat(registry.find(MicrometerListener.ATTEMPTS).timers()).isEmpty();
    }

    @Test
    void noMeterNamesAPatientOrAPath() {
        try (HelseIdTokenProvider helseId = helseId(registered.clientId(), registered.clientKey());
             BlareseptClient client = mock.clientBuilder().authentication(helseId).listener(metrics).build()) {
            client.vedtak().sok(forskrivning());
        }

        assertThat(registry.getMeters()).isNotEmpty();
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertThat(tag.getValue()).doesNotContain(Testpasient.INGEN_VEDTAK.fodselsnummer().value(), "/api/", "127.0.0.1", "eyJ");
            }
        }
    }
}
