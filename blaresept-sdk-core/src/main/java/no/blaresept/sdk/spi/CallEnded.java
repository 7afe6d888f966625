package no.blaresept.sdk.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call has ended, with its answer read or with an exception.
 *
 * <p>Immutable and thread-safe.
 *
 * @param endpoint      the endpoint's id
 * @param correlationId the call's {@code X-Correlation-ID}
 * @param attempts      how many attempts were made (0 when it failed before the first was sent,
 *                      e.g. for want of credentials)
 * @param outcome       success, failure, or a {@code send} whose outcome is unknown
 * @param error         the simple class name of the exception the call ended with, e.g.
 *                      {@code ServiceUnavailableException}; empty on success
 * @param duration      from the start of the call to its end, pauses and credentials included
 */
public record CallEnded(String endpoint, String correlationId, int attempts, CallOutcome outcome,
                        Optional<String> error, Duration duration) {

    /** Checks presence. */
    public CallEnded {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(duration, "duration");
    }
}
