package no.blaresept.sdk.error;

import org.jspecify.annotations.Nullable;

/**
 * The service does not know what was asked for (404): an unknown søknadsreferanse, document
 * reference or schema version. Check the reference; not retryable as is.
 *
 * <p>Immutable and thread-safe.
 */
public final class NotFoundException extends BlareseptServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param what          which call found nothing
     * @param correlationId the call's correlation id
     * @param problem       the answer's problem details, or {@code null}
     */
    public NotFoundException(String what, String correlationId, @Nullable ProblemDetails problem) {
        super(what + ": the service knows no such reference; check the reference you passed",
                correlationId, 404, problem, null);
    }
}
