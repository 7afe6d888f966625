package no.blaresept.sdk.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * One request of a call has been answered or has failed. A request repeated once with fresh
 * credentials after a 401 or DPoP-nonce challenge keeps its attempt number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param endpoint      the endpoint's id, e.g. {@code vedtak/sok}
 * @param correlationId the call's {@code X-Correlation-ID}
 * @param attempt       1 for the first attempt
 * @param result        the HTTP status, or why there was none
 * @param duration      from sending the request to the end of its answer or failure (credentials not included)
 */
public record AttemptEnded(String endpoint, String correlationId, int attempt, AttemptResult result, Duration duration) {

    /** Checks presence. */
    public AttemptEnded {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(duration, "duration");
    }
}
