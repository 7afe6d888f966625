package no.blaresept.sdk;

import no.blaresept.sdk.error.InvalidInputException;

/**
 * The largest answers the SDK reads: a bigger one is refused while it arrives, before it fills the
 * heap, and the call ends with {@code UnexpectedResponseException} ({@code send}: outcome unknown).
 * JSON answers (outcomes, schemas, errors) are small; the decision letter is a PDF and has its own cap.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxJsonBytes     the largest JSON answer, error answers included
 * @param maxDocumentBytes the largest decision letter ({@code hentVedtaksdokument}), read into memory or
 *                         streamed into a file alike
 */
public record ResponseLimits(long maxJsonBytes, long maxDocumentBytes) {

    /** 8 MB of JSON (a schema of a few hundred kB is large), 32 MB of decision letter. */
    public static final ResponseLimits DEFAULT = new ResponseLimits(8L << 20, 32L << 20);

    /** The most either cap may be: an answer is held in one array. */
    public static final long MAX = Integer.MAX_VALUE - 8;

    /**
     * Checks the bounds.
     *
     * @throws InvalidInputException naming the cap that is not between 1 byte and {@link #MAX}
     */
    public ResponseLimits {
        check(maxJsonBytes, "responseLimits.maxJsonBytes");
        check(maxDocumentBytes, "responseLimits.maxDocumentBytes");
    }

    private static void check(long bytes, String field) {
        if (bytes < 1 || bytes > MAX) {
            throw new InvalidInputException(field, "SVARGRENSE", field + " must be 1 to " + MAX + " bytes");
        }
    }
}
