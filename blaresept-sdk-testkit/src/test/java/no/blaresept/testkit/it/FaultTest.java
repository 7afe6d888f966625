package no.blaresept.testkit.it;

import static no.blaresept.testkit.BlareseptMockAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.stream.Stream;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.BlareseptException;
import no.blaresept.sdk.error.CallTimeoutException;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.error.ServiceUnavailableException;
import no.blaresept.sdk.error.UnexpectedResponseException;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockExtension;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault preset through the public client: an idempotent lookup recovers by retrying (or ends
 * in a typed error when the fault persists); a send is never repeated — the mock receives it at
 * most once — and the caller gets a typed result telling whether to look the outcome up.
 */
@ExtendWith(LoggFangst.class)
class FaultTest {

    private static final Timeouts KORT = new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofSeconds(5));

    @RegisterExtension
    static final BlareseptMockExtension BLARESEPT = new BlareseptMockExtension()
            .client(b -> b.timeouts(KORT).retryPolicy(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100))));

    /** The first call in a fresh JVM loads many classes; keep it out of the timed attempts below. */
    @BeforeAll
    static void warmUp(BlareseptMockServer mock) {
        try (BlareseptClient client = mock.clientBuilder().build()) {
            client.vedtak().sok(Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));
        }
    }

    static Stream<Arguments> forbigaendeFaults() {
        return Stream.of(
                Arguments.of("latency below the timeout", FaultPreset.latency(Duration.ofMillis(100)), 1),
                Arguments.of("500", FaultPreset.serverError(), 2),
                Arguments.of("503 + Retry-After", FaultPreset.unavailable(Duration.ofSeconds(1)), 2),
                Arguments.of("429 + Retry-After", FaultPreset.tooManyRequests(Duration.ofSeconds(1)), 2),
                Arguments.of("connection reset", FaultPreset.connectionReset(), 2),
                Arguments.of("truncated body", FaultPreset.truncatedBody(), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbigaendeFaults")
    void lookupRecoversFromAOneOffFault(String navn, FaultPreset fault, int forventedeKall, BlareseptMockServer mock,
                                        BlareseptClient client) {
        mock.fault(ApiEndpoint.VEDTAK_SOK, fault);

        assertThat(client.vedtak().sok(Utfylling.forskrivning(Testpasient.VEDTAK_FUNNET.fodselsnummer().value())))
                .isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
        assertThat(mock).received(ApiEndpoint.VEDTAK_SOK).times(forventedeKall);
    }

    static Stream<Arguments> vedvarendeFaults() {
        return Stream.of(
                Arguments.of("latency past the timeout", FaultPreset.latency(Duration.ofSeconds(4)), CallTimeoutException.class),
                Arguments.of("500", FaultPreset.serverError(), ServiceUnavailableException.class),
                Arguments.of("503", FaultPreset.unavailable(Duration.ofMillis(0)), ServiceUnavailableException.class),
                Arguments.of("429", FaultPreset.tooManyRequests(Duration.ofMillis(0)), ServiceUnavailableException.class),
                Arguments.of("connection reset", FaultPreset.connectionReset(), BlareseptException.class),
                Arguments.of("truncated body", FaultPreset.truncatedBody(), BlareseptException.class),
                Arguments.of("malformed JSON", FaultPreset.malformedJson(), UnexpectedResponseException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vedvarendeFaults")
    void lookupEndsInATypedErrorWhenTheFaultPersists(String navn, FaultPreset fault, Class<? extends BlareseptException> type,
                                                     BlareseptMockServer mock, BlareseptClient client) {
        mock.faultAlways(ApiEndpoint.VEDTAK_SOK, fault);

        Throwable t = catchThrowable(() -> client.vedtak().sok(Utfylling.forskrivning(Testpasient.VEDTAK_FUNNET.fodselsnummer().value())));

        assertThat(t).isInstanceOf(type);
        assertThat(((BlareseptException) t).correlationId()).isPresent();
        assertThat(mock).received(ApiEndpoint.VEDTAK_SOK).atLeastOnce();
    }

    static Stream<Arguments> sendFaults() {
        return Stream.of(
                Arguments.of("latency past the timeout", FaultPreset.latency(Duration.ofSeconds(4)), true),
                Arguments.of("connection reset", FaultPreset.connectionReset(), true),
                Arguments.of("truncated body", FaultPreset.truncatedBody(), true),
                Arguments.of("malformed JSON", FaultPreset.malformedJson(), true),
                Arguments.of("500", FaultPreset.serverError(), false),
                Arguments.of("503", FaultPreset.unavailable(Duration.ofSeconds(1)), false),
                Arguments.of("429", FaultPreset.tooManyRequests(Duration.ofSeconds(1)), false));
    }

    /**
     * The send reaches the mock once and is never repeated. When the mock processed it before the
     * fault, the lookup the SDK advises finds it (no duplicate needed); when it did not, the lookup
     * finds nothing and sending again succeeds.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sendFaults")
    void sendIsReceivedAtMostOnceAndTheAdvisedLookupTellsWhatHappened(String navn, FaultPreset fault, boolean behandlet,
                                                                      BlareseptMockServer mock, BlareseptClient client) {
        Innsending innsending = Utfylling.utfylt(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        mock.fault(ApiEndpoint.SEND, fault);

        Throwable t = catchThrowable(() -> client.soknad().send(innsending));

        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
        if (fault instanceof FaultPreset.Status s && s.status() != 500) {
            assertThat(t).isInstanceOfSatisfying(ServiceUnavailableException.class,
                    e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1)));
        } else {
            assertThat(t).isInstanceOf(SendOutcomeUnknownException.class);
        }
        VedtakSokResultat oppslag = client.vedtak().sok(Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));
        if (behandlet) {
            assertThat(oppslag).isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
        } else {
            assertThat(oppslag).isInstanceOf(VedtakSokResultat.IngenVedtak.class);
            assertThat(client.soknad().send(innsending)).isInstanceOf(SendResultat.Innvilget.class);
        }
    }

    @Test
    void faultsProgrammedForNCallsStopAfterN(BlareseptMockServer mock, BlareseptClient client) {
        mock.fault(ApiEndpoint.SKJEMA, FaultPreset.serverError(), 2);

        assertThat(client.skjema().hent().versjon().value()).isEqualTo("1.0.0");
        assertThat(mock).received(ApiEndpoint.SKJEMA).times(3);
    }
}
