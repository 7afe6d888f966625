package no.blaresept.sdk.vedlegg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Objects;
import no.blaresept.schema.Vedleggskrav;
import no.blaresept.schema.Vedleggstype;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.internal.Vedleggssjekk;
import no.blaresept.sdk.internal.wire.VedleggBase64;

/**
 * An attachment to an application, checked when it is created. Serves F-4.7: only PDF and DOCX,
 * recognised by their content (a renamed file is caught), at most {@link #MAKS_STORRELSE} bytes — the
 * limits of {@link Vedleggskrav#BLARESEPT}, whose recognition this uses.
 *
 * <p>A plain description of the content (name, type, size, source and digest), shaped like AWS SDK v2's
 * {@code RequestBody}: the checks live in an internal checker, the wire encoding in {@code internal.wire}.
 * The content is not held: it is read from its {@link ContentSource} once to be checked (and its
 * SHA-256 taken) and again, as base64, straight into each request that carries it
 * ({@link #skrivBase64(OutputStream)}), where the digest must match before the last bytes go out.
 *
 * <p>Immutable and thread-safe, provided its source is. The file name may hold a patient's name, so
 * {@link #toString()} shows only type and size.
 */
public final class Vedlegg {

    /** The largest attachment the Blåresept service accepts: 15 MB ({@link Vedleggskrav#BLARESEPT}). */
    public static final long MAKS_STORRELSE = Vedleggskrav.BLARESEPT.maksBytes();

    private final String filnavn;
    private final Vedleggstype type;
    private final long storrelse;
    private final ContentSource kilde;
    private final byte[] sha256;

    private Vedlegg(String filnavn, Vedleggstype type, long storrelse, ContentSource kilde, byte[] sha256) {
        this.filnavn = filnavn;
        this.type = type;
        this.storrelse = storrelse;
        this.kilde = kilde;
        this.sha256 = sha256;
    }

    /**
     * An attachment read from a file; its name becomes the attachment's file name.
     *
     * @param fil a PDF or DOCX file of at most 15 MB
     * @return the checked attachment
     * @throws InvalidInputException naming {@code vedlegg} when the file is missing, unreadable,
     *                               empty, too large, not PDF/DOCX by content, or named with another ending
     */
    public static Vedlegg of(Path fil) {
        Objects.requireNonNull(fil, "fil");
        long size = Vedleggssjekk.storrelse(fil);
        Path fileName = fil.getFileName();
        return check(fileName == null ? "" : fileName.toString(), size, () -> Files.newInputStream(fil));
    }

    /**
     * An attachment whose content comes from a source the caller opens anew on each call (a database
     * blob, a document store). The content is read once here to measure and recognise it.
     *
     * @param filnavn the file name to send, ending in {@code .pdf} or {@code .docx} to match the content
     * @param kilde   opens the content
     * @return the checked attachment
     * @throws InvalidInputException naming {@code vedlegg} when the content is unreadable, empty, too
     *                               large, not PDF/DOCX, or the name does not match it
     */
    public static Vedlegg of(String filnavn, ContentSource kilde) {
        Objects.requireNonNull(filnavn, "filnavn");
        Objects.requireNonNull(kilde, "kilde");
        return check(filnavn, Vedleggssjekk.storrelse(kilde), kilde);
    }

    private static Vedlegg check(String filnavn, long size, ContentSource kilde) {
        Vedleggssjekk.Sjekket sjekket = Vedleggssjekk.sjekk(filnavn, kilde);
        return new Vedlegg(filnavn, sjekket.type(), size, kilde, sjekket.sha256());
    }

    /** The file name sent with the attachment. May hold personal data. */
    public String filnavn() {
        return filnavn;
    }

    /** The type recognised from the content; its {@link Vedleggstype#medietype() media type} is sent with it. */
    public Vedleggstype type() {
        return type;
    }

    /** Size of the content in bytes, as measured when the attachment was created. */
    public long storrelse() {
        return storrelse;
    }

    /**
     * The SHA-256 of the content taken when the attachment was checked, as 64 lower-case hex digits: lets
     * a saved reference ({@code Vedleggsreferanse}) tell later whether the file still holds the same content.
     */
    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** Length of the base64 encoding in characters (RFC 4648 §4, padded): lets a request declare its length up front. */
    public long base64Lengde() {
        return VedleggBase64.lengde(storrelse);
    }

    /**
     * Writes the content as base64 to {@code ut}, reading the source through a small buffer: neither
     * the file nor its encoding is held in memory. The last buffer is held back until the content's
     * SHA-256 has been compared with the one taken when the attachment was checked, so content swapped
     * in since (even of the same size) never completes the output. Does not close {@code ut}.
     *
     * @param ut where the base64 characters go
     * @throws IOException when the source cannot be read, or its content changed since the attachment was created
     */
    public void skrivBase64(OutputStream ut) throws IOException {
        Objects.requireNonNull(ut, "ut");
        VedleggBase64.skriv(kilde, storrelse, sha256, ut);
    }

    /** Shows type and size only: the file name may hold personal data. */
    @Override
    public String toString() {
        return "Vedlegg[" + type + ", " + storrelse + " bytes]";
    }
}
