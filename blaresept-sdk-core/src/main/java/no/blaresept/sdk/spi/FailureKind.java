package no.blaresept.sdk.spi;

/**
 * Why an attempt brought no HTTP answer, as a {@link BlareseptListener} is told.
 *
 * <p>Immutable and thread-safe.
 */
public enum FailureKind {
    /** No connection could be opened: nothing was sent. */
    CONNECT,
    /** No complete answer within the attempt's time. */
    TIMEOUT,
    /** The connection broke (reset, closed, body cut short) after the request may have left. */
    CONNECTION_LOST,
    /** The answer was larger than the client's {@code ResponseLimits}. */
    TOO_LARGE,
    /** The waiting thread was interrupted. */
    INTERRUPTED
}
