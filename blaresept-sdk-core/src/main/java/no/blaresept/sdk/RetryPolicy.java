package no.blaresept.sdk;

import java.time.Duration;
import java.util.Objects;
import no.blaresept.sdk.error.InvalidInputException;

/**
 * How idempotent calls are retried after a transient failure (connection lost, timeout, 429, 5xx):
 * at most {@link #maxAttempts()} attempts in all, pausing between them with exponential backoff and
 * jitter — the n-th pause is drawn from [d/2, d] with d = min(maxBackoff, initialBackoff · 2^(n-1)) —
 * or exactly as long as the server's {@code Retry-After} asks. Never beyond the total timeout.
 * {@code send} is never retried (see {@code SoknadClient#send}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxAttempts    attempts in all, at least 1 (1 = no retry)
 * @param initialBackoff the first pause's upper bound
 * @param maxBackoff     the longest pause backoff may choose, at most {@link Timeouts#MAX} (a {@code Retry-After}
 *                       may ask for more)
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** 3 attempts, first pause up to 200 ms, none longer than 5 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));

    /** One attempt only. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1));

    /**
     * Checks the bounds.
     *
     * @throws InvalidInputException naming the part out of range
     */
    public RetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new InvalidInputException("retryPolicy.maxAttempts", "FORSOK", "retryPolicy.maxAttempts must be 1 to 10");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0
                || maxBackoff.compareTo(Timeouts.MAX) > 0) {
            throw new InvalidInputException("retryPolicy.initialBackoff", "BACKOFF",
                    "retryPolicy backoffs must be positive and at most one day, with maxBackoff at least initialBackoff");
        }
    }
}
