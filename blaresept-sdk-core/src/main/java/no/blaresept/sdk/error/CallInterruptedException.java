package no.blaresept.sdk.error;

/**
 * The calling thread was interrupted while the SDK waited for an answer or before a retry. The
 * thread's interrupt flag is set again. For {@code send} after bytes may have left, the SDK throws
 * {@link SendOutcomeUnknownException} instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class CallInterruptedException extends BlareseptServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param what          which call was interrupted
     * @param correlationId the call's correlation id
     * @param cause         the interruption
     */
    public CallInterruptedException(String what, String correlationId, InterruptedException cause) {
        super(what + ": interrupted while waiting; call again if the result is still needed", correlationId, 0, null, cause);
    }
}
