package no.blaresept.sdk.vedlegg;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import no.blaresept.schema.Vedleggskrav;
import no.blaresept.schema.Vedleggstype;
import no.blaresept.sdk.error.InvalidInputException;

/**
 * An attachment to an application, checked when it is created. Serves F-4.7: only PDF and DOCX,
 * recognised by their content (a renamed file is caught), at most {@link #MAKS_STORRELSE} bytes — the
 * limits of {@link Vedleggskrav#BLARESEPT}, whose recognition this uses.
 *
 * <p>The content is not held: it is read from its {@link ContentSource} once to be checked (and its
 * SHA-256 taken) and again, as base64, straight into each request that carries it
 * ({@link #skrivBase64(OutputStream)}), where the digest must match before the last bytes go out.
 *
 * <p>Immutable and thread-safe, provided its source is. The file name may hold a patient's name, so
 * {@link #toString()} shows only type and size.
 */
public final class Vedlegg {

    /** The largest attachment the Blåresept service accepts: 15 MB ({@link Vedleggskrav#BLARESEPT}). */
    public static final long MAKS_STORRELSE = Vedleggskrav.BLARESEPT.maksBytes();

    private static final String FIELD = "vedlegg";
    private static final int MAX_FILNAVN = 255;
    private static final int BUFFER_BYTES = 8 * 1024 * 3; // a multiple of 3: no padding inside the stream

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
        long size;
        try {
            size = Files.size(fil);
        } catch (IOException e) {
            throw unreadable(e);
        }
        checkSize(size);
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
        long size;
        try (InputStream in = kilde.open()) {
            size = countUpToLimit(in);
        } catch (IOException e) {
            throw unreadable(e);
        }
        checkSize(size);
        return check(filnavn, size, kilde);
    }

    // Stops one buffer past the limit: a multi-gigabyte stream is refused without being read to its end.
    private static long countUpToLimit(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long size = 0;
        for (int n; size <= MAKS_STORRELSE && (n = in.read(buffer)) >= 0; ) {
            size += n;
        }
        return size;
    }

    private static Vedlegg check(String filnavn, long size, ContentSource kilde) {
        if (filnavn.isBlank() || filnavn.length() > MAX_FILNAVN) {
            throw new InvalidInputException(FIELD + ".filnavn", "VEDLEGG_FILNAVN",
                    "attachment file name must be 1 to " + MAX_FILNAVN + " characters");
        }
        Vedleggstype type;
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(kilde.open(), digest)) {
            type = Vedleggskrav.BLARESEPT.gjenkjenn(in).orElseThrow(() -> new InvalidInputException(FIELD,
                    "VEDLEGG_FILTYPE", "attachment content is neither PDF nor DOCX; only these types are accepted"));
            // Recognition may stop early; the digest must cover every byte that will be sent.
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (!filnavn.toLowerCase(Locale.ROOT).endsWith(type.filendelse())) {
            throw new InvalidInputException(FIELD + ".filnavn", "VEDLEGG_FILNAVN",
                    "attachment content is " + type + ", so its file name must end with " + type.filendelse());
        }
        return new Vedlegg(filnavn, type, size, kilde, digest.digest());
    }

    private static void checkSize(long size) {
        if (size == 0) {
            throw new InvalidInputException(FIELD, "VEDLEGG_TOMT", "attachment is empty");
        }
        if (size > MAKS_STORRELSE) {
            throw new InvalidInputException(FIELD, "VEDLEGG_FOR_STORT",
                    "attachment is larger than 15 MB (" + size + " bytes); reduce or split it");
        }
    }

    // The I/O error is not kept as cause: its message names the file, and EPJs name files after patients.
    private static InvalidInputException unreadable(IOException e) {
        return new InvalidInputException(FIELD, "VEDLEGG_ULESELIG",
                "attachment could not be read (" + e.getClass().getSimpleName() + ")");
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
        return 4 * ((storrelse + 2) / 3);
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
        MessageDigest digest = sha256();
        long lest = 0;
        try (InputStream in = new DigestInputStream(kilde.open(), digest);
             OutputStream base64 = Base64.getEncoder().wrap(new KeepOpen(ut))) {
            byte[] buffer = new byte[BUFFER_BYTES];
            byte[] holdt = new byte[BUFFER_BYTES];
            int holdtLengde = 0;
            for (int n; lest <= storrelse && (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                lest += n;
                base64.write(holdt, 0, holdtLengde);
                byte[] byttet = holdt;
                holdt = buffer;
                buffer = byttet;
                holdtLengde = n;
            }
            if (lest != storrelse || !MessageDigest.isEqual(digest.digest(), sha256)) {
                throw new IOException("attachment changed after it was checked; create the Vedlegg again");
            }
            base64.write(holdt, 0, holdtLengde);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Shows type and size only: the file name may hold personal data. */
    @Override
    public String toString() {
        return "Vedlegg[" + type + ", " + storrelse + " bytes]";
    }

    /** Lets the base64 encoder flush its padding on close without closing the request stream beneath. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
