package no.blaresept.sdk.internal.wire;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import no.blaresept.sdk.vedlegg.ContentSource;

/**
 * An attachment's content as the wire carries it: base64 (RFC 4648 §4, padded), streamed from its
 * source through a small buffer, the last buffer held back until the content's SHA-256 matches the one
 * taken when it was checked. Stateless, thread-safe.
 */
public final class VedleggBase64 {

    /** A multiple of 3: no padding inside the stream. */
    public static final int BUFFER_BYTES = 8 * 1024 * 3;

    private VedleggBase64() {
    }

    /** Length of the base64 encoding of {@code storrelse} bytes, in characters. */
    public static long lengde(long storrelse) {
        return 4 * ((storrelse + 2) / 3);
    }

    /**
     * Writes the content of {@code kilde} as base64 to {@code ut}, which it leaves open.
     *
     * @throws IOException when the source cannot be read, or its content is not the {@code storrelse}
     *                     bytes of digest {@code sha256} (then the output stops short of its last buffer)
     */
    public static void skriv(ContentSource kilde, long storrelse, byte[] sha256, OutputStream ut) throws IOException {
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

    /** A fresh SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
