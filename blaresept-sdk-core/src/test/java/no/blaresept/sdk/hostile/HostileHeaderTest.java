package no.blaresept.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.error.ServiceUnavailableException;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.RequestAuthenticator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Defects 2 and 3 of issue 10: a huge {@code Retry-After}, extreme settings and a token no header can carry. */
class HostileHeaderTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    @ParameterizedTest
    @ValueSource(strings = {"10000000000", "99999999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"})
    void aRetryAfterLongerThanTheTimeLeftEndsTheCallAtOnceCarryingIt(String retryAfter) {
        api.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503).withHeader("Retry-After", retryAfter)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Nede\"}")));

        long start = System.nanoTime();
        // Generous attempt time: a cold first request must not time out and retry on a busy machine.
        try (BlareseptClient client = api.clientBuilder()
                .timeouts(new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30))).build()) {
            assertThat(catchThrowable(() -> client.vedtak().sok(Testdata.forskrivning())))
                    .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> assertThat(e.retryAfter())
                            .hasValueSatisfying(d -> assertThat(d).isGreaterThan(Duration.ofDays(365 * 300))));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void timeoutsAndBackoffsBeyondADayAreRefusedWhenMade() {
        Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
        assertThatThrownBy(() -> Timeouts.DEFAULT.withTotal(forever)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("timeouts.total"));
        assertThatThrownBy(() -> Timeouts.DEFAULT.withPerAttempt(Duration.ofDays(2)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(1), forever)).isInstanceOf(InvalidInputException.class);
        assertThat(new RetryPolicy(10, Duration.ofDays(1), Duration.ofDays(1)).maxAttempts()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tok\r\nX-Injected: 1", "tok\u00e6en", "tok\u20acen", "tok en", "tok\u0000en"})
    void aTokenNoHeaderCanCarryIsRefusedWithoutBeingEchoed(String token) {
        String secret = token + "-s3cr3t";
        try (BlareseptClient client = api.clientBuilder()
                .authentication(RequestAuthenticator.bearer(scope -> secret)).build()) {
            Throwable refused = catchThrowable(() -> client.vedtak().sok(Testdata.forskrivning()));

            assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accessToken");
            for (Throwable t = refused; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain("s3cr3t").doesNotContain("tok");
            }
        }
        assertThatThrownBy(() -> AuthorizationHeaders.dpop("ok", secret)).hasMessageNotContaining("s3cr3t");
        assertThat(api.requests()).isEmpty();
    }
}
