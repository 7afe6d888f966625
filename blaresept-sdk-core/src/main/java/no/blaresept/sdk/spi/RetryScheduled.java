package no.blaresept.sdk.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The SDK will send an idempotent request again after a pause (never a {@code send} whose bytes may
 * have left).
 *
 * <p>Immutable and thread-safe.
 *
 * @param endpoint      the endpoint's id
 * @param correlationId the call's {@code X-Correlation-ID}
 * @param nextAttempt   the number of the coming attempt (2 for the first retry)
 * @param reason        what the failed attempt came to
 * @param pause         how long the SDK waits first ({@code Retry-After} or backoff with jitter)
 */
public record RetryScheduled(String endpoint, String correlationId, int nextAttempt, AttemptResult reason,
                             Duration pause) {

    /** Checks presence. */
    public RetryScheduled {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(pause, "pause");
    }
}
