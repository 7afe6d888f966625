package no.blaresept.auth.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.HelseIdException;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.TokenFailed;
import no.blaresept.sdk.spi.TokenFetched;
import org.jspecify.annotations.Nullable;

/**
 * One cached token with single-flight renewal (T-2.6). A caller gets the current token at once while
 * it is fresh; once inside the renewal window (the configured time before expiry, at most half the
 * token's lifetime) a renewal starts in the background and callers keep getting the old token until
 * it is replaced; once the token is unusable (expired, or under {@link #EXPIRY_MARGIN} left) callers
 * wait for the one renewal in flight. However many threads ask, at most one fetch runs at a time,
 * and a caller that saw no usable token starts none when a fetch completed meanwhile (the check is
 * repeated under the lock). Waiting is bounded by the caller's deadline and ends when its thread is
 * interrupted; both are retryable {@link HelseIdException}s, and the fetch goes on for the others.
 * After a failed background renewal the next background attempt waits {@link #RETRY_AFTER_FAILURE}
 * so an STS outage is not hammered while the old token still works. Every fetch is told to the
 * listener ({@link TokenFetched} or {@link TokenFailed}) before its waiters are released. Thread-safe.
 */
public final class TokenSlot {

    /** A token with less than this left is not handed out: it could expire on the way. */
    public static final Duration EXPIRY_MARGIN = Duration.ofSeconds(5);
    /** Pause between background renewal attempts after a failure. */
    public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private final Supplier<AccessToken> fetcher;
    private final Executor executor;
    private final Clock clock;
    private final Duration renewBefore;
    private final BlareseptListener listener;
    private final Set<String> scopes;

    private volatile @Nullable AccessToken current;
    private @Nullable CompletableFuture<AccessToken> inFlight;
    private Instant backgroundPausedUntil = Instant.MIN;
    /** Whether the slot has held a token, so that the next fetch is a renewal. Written under the lock. */
    private boolean held;
    /** Runs between a caller's unlocked look at the token and its locked renewal; tests force interleavings with it. */
    private final Runnable beforeRenew;

    /**
     * @param fetcher     fetches a new token from the STS (blocking)
     * @param executor    runs fetches
     * @param clock       the clock
     * @param renewBefore how long before expiry renewal starts
     * @param initial     a token to start with, if any
     */
    public TokenSlot(Supplier<AccessToken> fetcher, Executor executor, Clock clock, Duration renewBefore,
                     @Nullable AccessToken initial) {
        this(fetcher, executor, clock, renewBefore, initial, new BlareseptListener() { }, Set.of(), () -> { });
    }

    /**
     * A slot whose fetches are told to a listener.
     *
     * @param listener told of every fetch and failure
     * @param scopes   the scopes the slot's tokens are asked for, named in the events
     */
    public TokenSlot(Supplier<AccessToken> fetcher, Executor executor, Clock clock, Duration renewBefore,
                     @Nullable AccessToken initial, BlareseptListener listener, Set<String> scopes) {
        this(fetcher, executor, clock, renewBefore, initial, listener, scopes, () -> { });
    }

    TokenSlot(Supplier<AccessToken> fetcher, Executor executor, Clock clock, Duration renewBefore,
              @Nullable AccessToken initial, BlareseptListener listener, Set<String> scopes, Runnable beforeRenew) {
        this.beforeRenew = beforeRenew;
        this.listener = listener;
        this.scopes = Set.copyOf(scopes);
        this.held = initial != null;
        this.fetcher = fetcher;
        this.executor = executor;
        this.clock = clock;
        this.renewBefore = renewBefore;
        this.current = initial;
    }

    /** A usable token: the cached one, or one fetched now (waiting for the fetch in flight). */
    public AccessToken get() {
        return get(Instant.MAX);
    }

    /**
     * A usable token, waiting for a fetch at most until {@code deadline}.
     *
     * @param deadline when the caller stops waiting, on the system UTC clock ({@link Instant#MAX}: no limit)
     * @return the token
     * @throws HelseIdException retryable when the deadline passes or the thread is interrupted first
     *                          (the interrupt flag stays set); the fetch's own error otherwise
     */
    public AccessToken get(Instant deadline) {
        AccessToken token = current;
        Instant now = clock.instant();
        if (usable(token, now)) {
            if (!now.isBefore(renewalStart(token))) {
                renewInBackground(now);
            }
            return token;
        }
        beforeRenew.run();
        return await(renewUnlessFresh(), deadline);
    }

    private static boolean usable(@Nullable AccessToken token, Instant now) {
        return token != null && now.isBefore(token.expiresAt().minus(EXPIRY_MARGIN));
    }

    /** Drops the cached token (the API refused it), so the next get fetches anew. */
    public synchronized void invalidate() {
        current = null;
    }

    /** When renewal of {@code token} starts: {@code renewBefore} before expiry, but not before half its lifetime. */
    public Instant renewalStart(AccessToken token) {
        Duration lifetime = Duration.between(token.obtainedAt(), token.expiresAt());
        Duration lead = renewBefore.compareTo(lifetime.dividedBy(2)) < 0 ? renewBefore : lifetime.dividedBy(2);
        return token.expiresAt().minus(lead);
    }

    private void renewInBackground(Instant now) {
        synchronized (this) {
            if (inFlight != null || now.isBefore(backgroundPausedUntil)) {
                return;
            }
        }
        renew().exceptionally(e -> {
            synchronized (this) {
                backgroundPausedUntil = clock.instant().plus(RETRY_AFTER_FAILURE);
            }
            return null;
        });
    }

    /** Repeats the look under the lock: a fetch may have completed since the caller saw no token. */
    private synchronized CompletableFuture<AccessToken> renewUnlessFresh() {
        AccessToken token = current;
        return usable(token, clock.instant()) ? CompletableFuture.completedFuture(token) : renew();
    }

    private synchronized CompletableFuture<AccessToken> renew() {
        if (inFlight != null) {
            return inFlight;
        }
        CompletableFuture<AccessToken> future = new CompletableFuture<>();
        inFlight = future;
        try {
            executor.execute(() -> fetchInto(future));
        } catch (RejectedExecutionException e) {
            inFlight = null;
            throw new HelseIdException("token provider is closed; create a new one", e);
        }
        return future;
    }

    private void fetchInto(CompletableFuture<AccessToken> future) {
        boolean renewal;
        synchronized (this) {
            renewal = held;
        }
        long start = System.nanoTime();
        AccessToken fresh;
        try {
            fresh = fetcher.get();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                inFlight = null;
            }
            try {
                listener.tokenFailed(new TokenFailed(scopes, renewal,
                        e instanceof HelseIdException h ? h.error() : Optional.empty(),
                        e.getClass().getSimpleName(), Duration.ofNanos(System.nanoTime() - start)));
            } finally {
                future.completeExceptionally(e);
            }
            return;
        }
        synchronized (this) {
            current = fresh;
            inFlight = null;
            held = true;
        }
        try {
            listener.tokenFetched(new TokenFetched(scopes, fresh.type(), fresh.expiresAt(), renewal,
                    Duration.ofNanos(System.nanoTime() - start)));
        } finally {
            future.complete(fresh);
        }
    }

    private static AccessToken await(CompletableFuture<AccessToken> future, Instant deadline) {
        try {
            Duration left = Duration.between(Instant.now(), deadline);
            // A deadline further off than nanoseconds can count (about 292 years) is no limit.
            if (left.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L) {
                return future.get();
            }
            return future.get(Math.max(0, left.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw HelseIdException.unavailable("no token from the STS before the call's deadline; "
                    + "the token request goes on and a later call may use its token", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HelseIdException.unavailable("interrupted while waiting for a token from the STS", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HelseIdException h) {
                throw h;
            }
            throw new HelseIdException("token renewal failed (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")", cause == null ? e : cause);
        }
    }
}
