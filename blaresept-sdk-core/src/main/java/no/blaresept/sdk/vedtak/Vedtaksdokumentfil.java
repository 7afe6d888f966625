package no.blaresept.sdk.vedtak;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.internal.Check;

/**
 * A decision letter (F-1.6) the SDK streamed into a file: where it is, the file name the service gave,
 * its media type, size and SHA-256 as they arrived. The file holds the whole letter, checked as
 * {@link Vedtaksdokument} is (the media type asked for, not empty, within
 * {@code ResponseLimits#maxDocumentBytes()}).
 *
 * <p>Immutable and thread-safe. The path and the file name may name the patient: {@link #toString()}
 * shows media type and size only.
 *
 * @param fil       the file written, absolute
 * @param filnavn   the file name the service gave ({@code Content-Disposition}), last segment only, or
 *                  {@code vedtaksdokument.pdf}; may hold personal data
 * @param mediatype the media type, {@code application/pdf}
 * @param storrelse the size in bytes
 * @param sha256    the SHA-256 of the content, lower-case hex
 */
public record Vedtaksdokumentfil(Path fil, String filnavn, String mediatype, long storrelse, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks presence, a size that is not negative and a SHA-256 in lower-case hex.
     *
     * @throws InvalidInputException naming {@code storrelse} or {@code sha256}
     */
    public Vedtaksdokumentfil {
        Objects.requireNonNull(fil, "fil");
        Objects.requireNonNull(filnavn, "filnavn");
        Objects.requireNonNull(mediatype, "mediatype");
        Check.matches(Objects.requireNonNull(sha256, "sha256"), SHA256, "sha256", "SHA256_UGYLDIG",
                "64 lower-case hex digits");
        if (storrelse < 0) {
            throw new InvalidInputException("storrelse", "STORRELSE_NEGATIV", "storrelse must not be negative");
        }
    }

    /** Media type and size only: the path and the file name may name the patient. */
    @Override
    public String toString() {
        return "Vedtaksdokumentfil[" + mediatype + ", " + storrelse + " bytes]";
    }
}
