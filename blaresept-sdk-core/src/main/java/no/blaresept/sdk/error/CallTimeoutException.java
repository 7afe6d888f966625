package no.blaresept.sdk.error;

import org.jspecify.annotations.Nullable;

/**
 * An idempotent call did not complete within its timeouts (per attempt, after retries, or the
 * total). Retryable; if it keeps happening, check the network path to Helsenett (T-1.2) or raise
 * {@code Timeouts}. A {@code send} that times out throws {@link SendOutcomeUnknownException} instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class CallTimeoutException extends BlareseptServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param what          which call timed out, and after how long
     * @param correlationId the call's correlation id
     * @param cause         the underlying timeout, or {@code null}
     */
    public CallTimeoutException(String what, String correlationId, @Nullable Throwable cause) {
        super(what + ": no answer in time; try again, or raise the timeouts if the network is slow",
                correlationId, 0, null, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
