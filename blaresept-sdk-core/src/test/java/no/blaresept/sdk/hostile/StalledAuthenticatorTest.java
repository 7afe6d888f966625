package no.blaresept.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.CallInterruptedException;
import no.blaresept.sdk.error.CallTimeoutException;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.RequestAuthenticator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Core's side of the SPI contract: the authenticator runs under the attempt's alarm and sees the call's
 * deadline; a token wait that outlasts it is a timeout, a caller's interrupt an interrupted call, and
 * neither sends anything.
 */
class StalledAuthenticatorTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    private final AtomicReference<Instant> seenDeadline = new AtomicReference<>();
    private final CountDownLatch waiting = new CountDownLatch(1);

    /** Waits for a token that never comes, as the contract asks: honours interrupts, restores the flag. */
    private final RequestAuthenticator stalled = request -> {
        seenDeadline.set(request.deadline());
        waiting.countDown();
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("no token: interrupted");
        }
        return AuthorizationHeaders.bearer("never");
    };

    @Test
    void aStalledTokenFetchEndsAsATimeoutWithinTheAttemptTimeAndSendsNothing() {
        Instant before;
        Instant after;
        try (BlareseptClient client = api.clientBuilder().authentication(stalled)
                .timeouts(new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(5))).build()) {
            before = Instant.now();
            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> client.soknad().send(Testdata.innsending()));
            after = Instant.now();

            assertThat(thrown).isInstanceOf(CallTimeoutException.class).hasMessageContaining("nothing was sent");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(Thread.currentThread().isInterrupted()).as("the alarm's interrupt is taken back").isFalse();
        }
        assertThat(seenDeadline.get()).isBetween(before.plusSeconds(5), after.plusSeconds(5));
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aCallerInterruptDuringTheTokenFetchIsAnInterruptedCallWithTheFlagKept() throws Exception {
        try (BlareseptClient client = api.clientBuilder().authentication(stalled).build()) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> flag = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                thrown.set(catchThrowable(() -> client.vedtak().sok(Testdata.forskrivning())));
                flag.set(Thread.currentThread().isInterrupted());
            });
            caller.start();
            assertThat(waiting.await(5, TimeUnit.SECONDS)).isTrue();
            caller.interrupt();
            caller.join(5000);

            assertThat(thrown.get()).isInstanceOf(CallInterruptedException.class);
            assertThat(flag.get()).isTrue();
        }
        assertThat(api.requests()).isEmpty();
    }
}
