package no.blaresept.sdk.internal.wire;

/**
 * An answer that does not follow the assumed contract. The message says what and where (a field
 * name, a line and column) but never quotes the body, which may hold personal data; for the same
 * reason the parser's own exception is not kept as cause.
 *
 * <p>Immutable and thread-safe.
 */
public final class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the error with a message free of body content. */
    public WireFormatException(String message) {
        super(message, null, false, false);
    }
}
