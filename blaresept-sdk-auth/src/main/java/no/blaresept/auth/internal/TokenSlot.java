package no.blaresept.auth.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.HelseIdException;
import org.jspecify.annotations.Nullable;

/**
 * One cached token with single-flight renewal (T-2.6). A caller gets the current token at once while
 * it is fresh; once inside the renewal window (the configured time before expiry, at most half the
 * token's lifetime) a renewal starts in the background and callers keep getting the old token until
 * it is replaced; once the token is unusable (expired, or under {@link #EXPIRY_MARGIN} left) callers
 * wait for the one renewal in flight. However many threads ask, at most one fetch runs at a time.
 * After a failed background renewal the next background attempt waits {@link #RETRY_AFTER_FAILURE}
 * so an STS outage is not hammered while the old token still works. Thread-safe.
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

    private volatile @Nullable AccessToken current;
    private @Nullable CompletableFuture<AccessToken> inFlight;
    private Instant backgroundPausedUntil = Instant.MIN;

    /**
     * @param fetcher     fetches a new token from the STS (blocking)
     * @param executor    runs fetches
     * @param clock       the clock
     * @param renewBefore how long before expiry renewal starts
     * @param initial     a token to start with, if any
     */
    public TokenSlot(Supplier<AccessToken> fetcher, Executor executor, Clock clock, Duration renewBefore,
                     @Nullable AccessToken initial) {
        this.fetcher = fetcher;
        this.executor = executor;
        this.clock = clock;
        this.renewBefore = renewBefore;
        this.current = initial;
    }

    /** A usable token: the cached one, or one fetched now (waiting for the fetch in flight). */
    public AccessToken get() {
        AccessToken token = current;
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.expiresAt().minus(EXPIRY_MARGIN))) {
            if (!now.isBefore(renewalStart(token))) {
                renewInBackground(now);
            }
            return token;
        }
        return await(renew());
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
        try {
            AccessToken fresh = fetcher.get();
            synchronized (this) {
                current = fresh;
                inFlight = null;
            }
            future.complete(fresh);
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                inFlight = null;
            }
            future.completeExceptionally(e);
        }
    }

    private static AccessToken await(CompletableFuture<AccessToken> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HelseIdException h) {
                throw h;
            }
            throw new HelseIdException("token renewal failed (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")", cause == null ? e : cause);
        }
    }
}
