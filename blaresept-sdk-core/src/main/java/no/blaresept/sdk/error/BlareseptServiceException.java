package no.blaresept.sdk.error;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * An error met after the SDK tried a request: the service refused it, could not be reached, or
 * answered in a way the SDK cannot read. Carries the call's correlation id (quote it to
 * Helsedirektoratet's support), the HTTP status and problem details when there was an answer.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class BlareseptServiceException extends BlareseptException {

    private static final long serialVersionUID = 1L;

    private final String correlationId;
    private final int httpStatus;
    private final @Nullable ProblemDetails problem;

    /**
     * Creates the error.
     *
     * @param message       what failed and what to do; never personal data or secrets
     * @param correlationId the call's {@code X-Correlation-ID}
     * @param httpStatus    the answer's status, or 0 when there was no answer
     * @param problem       the answer's problem details, or {@code null}
     * @param cause         the underlying cause, or {@code null}
     */
    protected BlareseptServiceException(String message, String correlationId, int httpStatus,
                                        @Nullable ProblemDetails problem, @Nullable Throwable cause) {
        super(message + " [" + (httpStatus == 0 ? "no HTTP answer" : "HTTP " + httpStatus)
                + ", correlation id " + Objects.requireNonNull(correlationId, "correlationId") + "]", cause);
        this.correlationId = correlationId;
        this.httpStatus = httpStatus;
        this.problem = problem;
    }

    @Override
    public Optional<String> correlationId() {
        return Optional.of(correlationId);
    }

    /** The HTTP status of the answer, when there was one. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** The answer's problem details, when it had readable ones. */
    public Optional<ProblemDetails> problem() {
        return Optional.ofNullable(problem);
    }
}
