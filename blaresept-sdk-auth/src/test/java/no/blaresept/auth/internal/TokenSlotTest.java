package no.blaresept.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.MutableClock;
import no.blaresept.sdk.spi.BlareseptListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TokenSlotTest {

    static final Duration HOUR = Duration.ofMinutes(60);
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
    final AtomicInteger fetches = new AtomicInteger();
    final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    AccessToken token(Duration lifetime) {
        Instant now = clock.instant();
        return new AccessToken("t" + fetches.get(), "DPoP", Set.of("s"), now, now.plus(lifetime), Optional.of("jkt"));
    }

    Supplier<AccessToken> countingFetcher(Duration lifetime) {
        return () -> {
            fetches.incrementAndGet();
            return token(lifetime);
        };
    }

    TokenSlot slot(Supplier<AccessToken> fetcher, Duration renewBefore) {
        // Runs fetches on the caller's thread unless a test needs real concurrency.
        return new TokenSlot(fetcher, Runnable::run, clock, renewBefore, null);
    }

    @Test
    void freshTokenIsServedFromCache() {
        TokenSlot slot = slot(countingFetcher(HOUR), Duration.ofMinutes(30));

        AccessToken first = slot.get();
        clock.advance(Duration.ofMinutes(29));

        assertThat(slot.get()).isSameAs(first);
        assertThat(fetches).hasValue(1);
    }

    @Test
    void renewalStartsWhenThirtyOfSixtyMinutesRemain() {
        TokenSlot slot = slot(countingFetcher(HOUR), Duration.ofMinutes(30));
        AccessToken first = slot.get();

        assertThat(slot.renewalStart(first)).isEqualTo(first.expiresAt().minus(Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(29).plusSeconds(59));
        slot.get();
        assertThat(fetches).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        slot.get();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void renewalLeadIsConfigurable() {
        TokenSlot slot = slot(countingFetcher(HOUR), Duration.ofMinutes(5));
        AccessToken first = slot.get();

        clock.advance(Duration.ofMinutes(54));
        assertThat(slot.get()).isSameAs(first);
        clock.advance(Duration.ofMinutes(1));
        slot.get();

        assertThat(fetches).hasValue(2);
    }

    @Test
    void renewalLeadIsCappedAtHalfOfAShortLifetime() {
        TokenSlot slot = slot(countingFetcher(Duration.ofMinutes(5)), Duration.ofMinutes(30));
        AccessToken first = slot.get();

        assertThat(slot.renewalStart(first)).isEqualTo(first.obtainedAt().plus(Duration.ofSeconds(150)));
    }

    @Test
    void backgroundRenewalHandsOutTheOldTokenUntilTheNewOneArrives() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Supplier<AccessToken> slow = () -> {
            if (fetches.incrementAndGet() > 1) {
                await(release);
            }
            return token(HOUR);
        };
        TokenSlot slot = new TokenSlot(slow, pool, clock, Duration.ofMinutes(30), null);
        AccessToken old = slot.get();
        clock.advance(Duration.ofMinutes(45));

        assertThat(slot.get()).isSameAs(old);
        assertThat(slot.get()).isSameAs(old);
        release.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        assertThat(slot.get()).isNotSameAs(old);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void expiredTokenMakesCallersWaitForANewOne() {
        TokenSlot slot = slot(countingFetcher(HOUR), Duration.ofMinutes(30));
        AccessToken first = slot.get();
        clock.advance(HOUR);

        assertThat(slot.get()).isNotSameAs(first);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void tokenWithinTheExpiryMarginIsNotHandedOut() {
        TokenSlot slot = slot(countingFetcher(HOUR), Duration.ofMinutes(30));
        AccessToken first = slot.get();
        clock.advance(HOUR.minus(TokenSlot.EXPIRY_MARGIN));

        assertThat(slot.get()).isNotSameAs(first);
    }

    @Test
    void sixtyFourThreadsAtExpiryCauseExactlyOneFetch() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<AccessToken> gated = () -> {
            fetches.incrementAndGet();
            fetching.countDown();
            await(release);
            return token(HOUR);
        };
        TokenSlot slot = new TokenSlot(gated, pool, clock, Duration.ofMinutes(30), null);
        ExecutorService callers = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AccessToken>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            results.add(callers.submit(() -> {
                start.await();
                return slot.get();
            }));
        }

        start.countDown();
        assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(100); // give every caller time to pile up on the one fetch in flight
        release.countDown();
        List<AccessToken> tokens = new ArrayList<>();
        for (Future<AccessToken> f : results) {
            tokens.add(f.get(5, TimeUnit.SECONDS));
        }
        callers.shutdown();

        assertThat(fetches).hasValue(1);
        assertThat(tokens).allSatisfy(t -> assertThat(t).isSameAs(tokens.get(0)));
    }

    @Test
    void callerThatSawNoTokenStartsNoFetchWhenAnotherCompletedMeanwhile() throws Exception {
        // Caller A reads "no token" and is held before renewing; B fetches; then A goes on.
        CountDownLatch aSawNoToken = new CountDownLatch(1);
        CountDownLatch bDone = new CountDownLatch(1);
        AtomicInteger renewals = new AtomicInteger();
        Runnable hold = () -> {
            if (renewals.incrementAndGet() == 1) {
                aSawNoToken.countDown();
                await(bDone);
            }
        };
        TokenSlot slot = new TokenSlot(countingFetcher(HOUR), Runnable::run, clock, Duration.ofMinutes(30), null,
                new BlareseptListener() { }, Set.of(), hold);
        Future<AccessToken> a = pool.submit(() -> slot.get());
        await(aSawNoToken);

        AccessToken b = slot.get();
        bDone.countDown();

        assertThat(a.get(5, TimeUnit.SECONDS)).isSameAs(b);
        assertThat(fetches).hasValue(1);
    }

    @Test
    void waitForAFetchEndsAtTheCallersDeadlineAndIsRetryable() {
        CountDownLatch release = new CountDownLatch(1);
        TokenSlot slot = new TokenSlot(() -> {
            await(release);
            return token(HOUR);
        }, pool, clock, Duration.ofMinutes(30), null);
        try {
            Instant deadline = Instant.now().plusMillis(200);

            assertThatThrownBy(() -> slot.get(deadline)).isInstanceOf(HelseIdException.class)
                    .hasMessageContaining("deadline")
                    .satisfies(e -> assertThat(((HelseIdException) e).isRetryable()).isTrue());
            assertThat(Instant.now()).isBefore(deadline.plusSeconds(5));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aDeadlineTooFarOffForNanosecondsIsNoLimit() {
        TokenSlot slot = slot(countingFetcher(HOUR), Duration.ofMinutes(30));

        assertThat(slot.get(Instant.parse("9999-12-31T23:59:59Z"))).isNotNull();
        assertThat(slot.get(Instant.MAX)).isNotNull();
    }

    @Test
    void interruptedWaitEndsWithARetryableErrorAndKeepsTheInterruptFlag() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TokenSlot slot = new TokenSlot(() -> {
            fetching.countDown();
            await(release);
            return token(HOUR);
        }, pool, clock, Duration.ofMinutes(30), null);
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        AtomicBoolean flagKept = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                slot.get();
                outcome.complete(null);
            } catch (Throwable t) {
                flagKept.set(Thread.currentThread().isInterrupted());
                outcome.complete(t);
            }
        });
        try {
            caller.start();
            await(fetching);
            caller.interrupt();

            Throwable t = outcome.get(5, TimeUnit.SECONDS);
            assertThat(t).isInstanceOf(HelseIdException.class).hasMessageContaining("interrupted");
            assertThat(((HelseIdException) t).isRetryable()).isTrue();
            assertThat(flagKept).isTrue();
        } finally {
            release.countDown();
        }
        // The fetch went on for others: the next caller gets its token.
        assertThat(slot.get(Instant.now().plusSeconds(5))).isNotNull();
    }

    @Test
    void fetchFailureSurfacesAsTypedErrorAndNextCallTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        TokenSlot slot = slot(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new HelseIdException("refused", "invalid_client", "unknown key", 400, null);
            }
            return token(HOUR);
        }, Duration.ofMinutes(30));

        assertThatThrownBy(slot::get).isInstanceOf(HelseIdException.class)
                .satisfies(e -> assertThat(((HelseIdException) e).error()).contains("invalid_client"));
        assertThat(slot.get()).isNotNull();
        assertThat(calls).hasValue(2);
    }

    @Test
    void failedBackgroundRenewalPausesWhileTheOldTokenStillWorks() {
        AtomicInteger calls = new AtomicInteger();
        TokenSlot slot = slot(() -> {
            if (calls.incrementAndGet() > 1) {
                throw new HelseIdException("sts down");
            }
            return token(HOUR);
        }, Duration.ofMinutes(30));
        AccessToken old = slot.get();
        clock.advance(Duration.ofMinutes(40));

        assertThat(slot.get()).isSameAs(old);
        assertThat(slot.get()).isSameAs(old);
        assertThat(calls).hasValue(2);
        clock.advance(TokenSlot.RETRY_AFTER_FAILURE);
        assertThat(slot.get()).isSameAs(old);
        assertThat(calls).hasValue(3);
    }

    @Test
    void invalidatedTokenIsFetchedAnew() {
        TokenSlot slot = slot(countingFetcher(HOUR), Duration.ofMinutes(30));
        AccessToken first = slot.get();

        slot.invalidate();

        assertThat(slot.get()).isNotSameAs(first);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void closedExecutorGivesATypedError() {
        ExecutorService closed = Executors.newSingleThreadExecutor();
        closed.shutdown();
        TokenSlot slot = new TokenSlot(countingFetcher(HOUR), closed, clock, Duration.ofMinutes(30), null);

        assertThatThrownBy(slot::get).isInstanceOf(HelseIdException.class).hasMessageContaining("closed");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
