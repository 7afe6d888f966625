package no.blaresept.sdk.spi;

/**
 * How a call ended, as a {@link BlareseptListener} is told in {@link CallEnded}.
 *
 * <p>Immutable and thread-safe.
 */
public enum CallOutcome {
    /** A successful answer was read; the domain outcome (granted, refused…) is in the call's result. */
    SUCCESS,
    /** The call failed with an exception whose outcome is known: the service did not take a {@code send}. */
    FAILED,
    /**
     * A {@code send} whose outcome is unknown ({@code SendOutcomeUnknownException}): look the application
     * up before sending again.
     */
    OUTCOME_UNKNOWN
}
