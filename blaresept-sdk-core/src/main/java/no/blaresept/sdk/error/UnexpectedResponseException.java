package no.blaresept.sdk.error;

import org.jspecify.annotations.Nullable;

/**
 * The service answered something the SDK cannot read as the contract describes: malformed JSON, a
 * wrong content type, a body cut short, a required field missing, or a status the contract does not
 * name. Usually a version mismatch between the SDK and the service; report it with the correlation id.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnexpectedResponseException extends BlareseptServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param what          which call and what was wrong with the answer (no body content)
     * @param correlationId the call's correlation id
     * @param httpStatus    the answer's status, or 0 when the answer broke off
     * @param cause         the parse or I/O error, or {@code null}
     */
    public UnexpectedResponseException(String what, String correlationId, int httpStatus, @Nullable Throwable cause) {
        super(what + "; check that this SDK version matches the service, and report the correlation id",
                correlationId, httpStatus, null, cause);
    }
}
