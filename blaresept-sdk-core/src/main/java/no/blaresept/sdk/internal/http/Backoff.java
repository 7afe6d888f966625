package no.blaresept.sdk.internal.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import no.blaresept.sdk.RetryPolicy;

/**
 * Pauses between attempts: exponential with "equal jitter" — the n-th pause lies in [d/2, d] with
 * d = min(maxBackoff, initialBackoff · 2^(n-1)) — so many clients failing together spread out.
 */
final class Backoff {

    private Backoff() {
    }

    /**
     * The pause before retry number {@code retry} (1 for the first retry).
     *
     * @param policy the retry policy
     * @param retry  1, 2, …
     */
    static Duration before(RetryPolicy policy, int retry) {
        long initial = policy.initialBackoff().toMillis();
        long cap = policy.maxBackoff().toMillis();
        long ceiling = retry >= 31 ? cap : Math.min(cap, initial << (retry - 1));
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }
}
