package no.blaresept.sdk.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service could not be reached or was not able to answer (connection refused or lost, 429,
 * 5xx), and the SDK's retries — for idempotent calls — did not help within the total timeout.
 * Retryable later: wait at least {@link #retryAfter()} when the server named a time.
 *
 * <p>For {@code send} this exception is only thrown when the service certainly did not take the
 * application (no connection, or 429/503 refusals); otherwise the SDK throws
 * {@link SendOutcomeUnknownException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceUnavailableException extends BlareseptServiceException {

    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    /**
     * Creates the error.
     *
     * @param what          which call failed and how
     * @param correlationId the call's correlation id
     * @param httpStatus    the last answer's status, or 0 when there was none
     * @param problem       the answer's problem details, or {@code null}
     * @param retryAfter    how long the server asked to wait, or {@code null}
     * @param cause         the underlying I/O error, or {@code null}
     */
    public ServiceUnavailableException(String what, String correlationId, int httpStatus, @Nullable ProblemDetails problem,
                                       @Nullable Duration retryAfter, @Nullable Throwable cause) {
        super(what + ": the Blåresept service is unavailable; try again later"
                        + (retryAfter == null ? "" : ", not before " + retryAfter.toSeconds() + " s"),
                correlationId, httpStatus, problem, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked the caller to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
