package no.blaresept.sdk.error;

import org.jspecify.annotations.Nullable;

/**
 * A {@code send} of an application whose outcome is unknown: the request may have reached the
 * service and been processed, but no readable answer came back (timeout, connection lost after
 * sending, an answer cut short or unreadable, or a 500/502/504). The SDK never sends again by itself,
 * because a second application for the same patient and product must be avoided.
 *
 * <p>What to do: look the application up before sending again — {@code vedtak().sok(...)} answers
 * {@code SoknadTilBehandling} or {@code VedtakFunnet} when it arrived, and a known
 * søknadsreferanse can be checked with {@code soknad().status(...)}. Send again only when neither
 * shows it. {@link #isRetryable()} is false for that reason.
 *
 * <p>Immutable and thread-safe.
 */
public final class SendOutcomeUnknownException extends BlareseptServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param what          what happened, e.g. {@code POST /api/blaresept/soknad/send timed out after 30 s}
     * @param correlationId the call's correlation id
     * @param httpStatus    the answer's status, or 0 when there was none
     * @param problem       the answer's problem details, or {@code null}
     * @param cause         the underlying error, or {@code null}
     */
    public SendOutcomeUnknownException(String what, String correlationId, int httpStatus,
                                       @Nullable ProblemDetails problem, @Nullable Throwable cause) {
        super(what + ": the application may or may not have been received. Do not send it again before looking"
                        + " it up: vedtak().sok(...) answers SoknadTilBehandling or VedtakFunnet when it arrived",
                correlationId, httpStatus, problem, cause);
    }
}
