package no.blaresept.sdk.error;

import org.jspecify.annotations.Nullable;

/**
 * The service refused the call's credentials: 401 (missing, expired or invalid HelseID token or DPoP
 * proof, after the authenticator's one chance to renew) or 403 (the token lacks the endpoint's scope,
 * e.g. an assistant calling {@code soknad}). Not retryable as is: fix the HelseID client set-up
 * (T-2.x) or the user's rights.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccessDeniedException extends BlareseptServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param what          which call was refused, e.g. {@code POST /api/blaresept/soknad/send was refused}
     * @param correlationId the call's correlation id
     * @param httpStatus    401 or 403
     * @param problem       the answer's problem details, or {@code null}
     */
    public AccessDeniedException(String what, String correlationId, int httpStatus, @Nullable ProblemDetails problem) {
        super(what + (httpStatus == 403
                        ? ": the token lacks the scope this endpoint needs; request the scope for this HelseID client and user"
                        : ": the access token or DPoP proof was not accepted; check the HelseID client and token source"),
                correlationId, httpStatus, problem, null);
    }
}
