package no.blaresept.sdk.vedtak;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A decision letter as the service delivered it (F-1.6), usually a PDF, with the file name it gave.
 *
 * <p>Immutable and thread-safe: {@link #innhold()} hands out a copy. The letter concerns a patient:
 * {@link #toString()} shows media type and size only.
 */
public final class Vedtaksdokument {

    private final String filnavn;
    private final String mediatype;
    private final byte[] innhold;

    /**
     * Wraps a letter.
     *
     * @param filnavn   the file name the service gave
     * @param mediatype the media type, e.g. {@code application/pdf}
     * @param innhold   the document's bytes (copied)
     */
    public Vedtaksdokument(String filnavn, String mediatype, byte[] innhold) {
        this.filnavn = Objects.requireNonNull(filnavn, "filnavn");
        this.mediatype = Objects.requireNonNull(mediatype, "mediatype");
        this.innhold = Objects.requireNonNull(innhold, "innhold").clone();
    }

    /** The file name to save or show the letter under. May hold personal data. */
    public String filnavn() {
        return filnavn;
    }

    /** The media type, e.g. {@code application/pdf}. */
    public String mediatype() {
        return mediatype;
    }

    /** A copy of the document's bytes. */
    public byte[] innhold() {
        return innhold.clone();
    }

    /** The document's bytes as a stream, e.g. to hand to a PDF viewer. */
    public InputStream apne() {
        return new ByteArrayInputStream(innhold);
    }

    /** Size in bytes. */
    public int storrelse() {
        return innhold.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Vedtaksdokument d && filnavn.equals(d.filnavn) && mediatype.equals(d.mediatype)
                && Arrays.equals(innhold, d.innhold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filnavn, mediatype, Arrays.hashCode(innhold));
    }

    /** Media type and size only: the file name may name the patient. */
    @Override
    public String toString() {
        return "Vedtaksdokument[" + mediatype + ", " + innhold.length + " bytes]";
    }
}
