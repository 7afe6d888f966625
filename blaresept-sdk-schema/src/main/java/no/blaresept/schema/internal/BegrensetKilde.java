package no.blaresept.schema.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A source ended after {@code maksBytes}, counting what was read and keeping its last bytes (where PDF
 * and ZIP keep their end markers), and marking its own failures apart from a ZIP reader's complaints.
 * Closing it leaves the source open for its owner. Not thread-safe: one recognition's own.
 */
final class BegrensetKilde extends InputStream {
    private final InputStream kilde;
    private long igjen;
    private long lest;
    private final byte[] hale;

    BegrensetKilde(InputStream kilde, long maksBytes, int haleBytes) {
        this.kilde = kilde;
        this.igjen = maksBytes;
        this.hale = new byte[haleBytes];
    }

    @Override
    public int read() throws IOException {
        byte[] en = new byte[1];
        return read(en, 0, 1) <= 0 ? -1 : en[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (igjen <= 0) {
            return len == 0 ? 0 : -1;
        }
        int n;
        try {
            n = kilde.read(b, off, (int) Math.min(len, igjen));
        } catch (IOException e) {
            throw new Kildefeil(e);
        }
        if (n > 0) {
            husk(b, off, n);
            igjen -= n;
            lest += n;
        }
        return n;
    }

    /** Bytes read so far. */
    long lest() {
        return lest;
    }

    /** Reads on to the end (or the limit). */
    void lesUt() throws IOException {
        transferTo(OutputStream.nullOutputStream());
    }

    /** The last {@code antall} bytes read, or all of them when fewer were read. */
    byte[] siste(int antall) {
        int n = (int) Math.min(Math.min(antall, hale.length), lest);
        byte[] siste = new byte[n];
        int start = (int) ((lest - n) % hale.length);
        int forste = Math.min(n, hale.length - start);
        System.arraycopy(hale, start, siste, 0, forste);
        System.arraycopy(hale, 0, siste, forste, n - forste);
        return siste;
    }

    /** Whether {@code innhold[fra, fra + lengde)} equals {@code monster}. */
    static boolean finnes(byte[] innhold, int fra, int lengde, byte[] monster) {
        return Arrays.equals(innhold, fra, fra + lengde, monster, 0, monster.length);
    }

    private void husk(byte[] b, int off, int n) {
        int kopier = Math.min(n, hale.length);
        int fra = off + n - kopier;
        int pos = (int) ((lest + n - kopier) % hale.length);
        int forste = Math.min(kopier, hale.length - pos);
        System.arraycopy(b, fra, hale, pos, forste);
        System.arraycopy(b, fra + forste, hale, 0, kopier - forste);
    }

    /** The source stream failed: not a sign of a broken file, so it is passed on. */
    static final class Kildefeil extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient IOException opprinnelig;

        Kildefeil(IOException opprinnelig) {
            super(opprinnelig);
            this.opprinnelig = opprinnelig;
        }

        IOException opprinnelig() {
            return opprinnelig;
        }
    }
}
