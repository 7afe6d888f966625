package no.blaresept.schema.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.blaresept.schema.Vedleggstype;

/**
 * Recognises PDF and DOCX by their bytes, from a stream, so a renamed file of another type is not
 * accepted and a 15 MB file need not be held in memory. The only place that knows the file formats:
 * the API is {@code Vedleggskrav#gjenkjenn}. Stateless, thread-safe.
 */
public final class Filgjenkjenning {
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int START = Math.max(PDF.length, ZIP.length);
    /** A DOCX names its parts early; scanning a bounded number of entries bounds the work. */
    private static final int MAKS_ZIP_OPPFORINGER = 200;
    /**
     * Skipping an entry inflates it, so a small zip bomb could keep a thread busy for a long time. A
     * Word document names its parts long before this much has been unpacked.
     */
    static final long MAKS_UTPAKKET = 64L * 1024 * 1024;

    private Filgjenkjenning() {
    }

    /**
     * PDF, DOCX, or empty. Reads the first bytes; for a ZIP also its entry headers, skipping (and so
     * inflating) the entries between them, never more than {@code maksBytes} of {@code innhold} in all
     * and never more than {@link #MAKS_UTPAKKET} unpacked. Leaves {@code innhold} open.
     *
     * @throws IOException only when {@code innhold} itself fails; a broken or cut-off ZIP is simply not a DOCX
     */
    public static Optional<Vedleggstype> gjenkjenn(InputStream innhold, long maksBytes) throws IOException {
        try {
            return gjenkjenn(new Begrenset(innhold, maksBytes));
        } catch (Kildefeil e) {
            throw e.opprinnelig;
        }
    }

    private static Optional<Vedleggstype> gjenkjenn(Begrenset kilde) throws IOException {
        byte[] start = kilde.readNBytes(START);
        if (starterMed(start, PDF)) {
            return Optional.of(Vedleggstype.PDF);
        }
        if (starterMed(start, ZIP) && erWordDokument(new SequenceInputStream(new ByteArrayInputStream(start), kilde))) {
            return Optional.of(Vedleggstype.DOCX);
        }
        return Optional.empty();
    }

    private static boolean starterMed(byte[] innhold, byte[] start) {
        return innhold.length >= start.length && Arrays.equals(innhold, 0, start.length, start, 0, start.length);
    }

    /** A DOCX is a ZIP holding both the package's content types and Word's main part. */
    private static boolean erWordDokument(InputStream zipBytes) throws IOException {
        boolean innholdstyper = false;
        boolean dokument = false;
        long utpakket = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(zipBytes)) {
            ZipEntry oppforing;
            for (int i = 0; i < MAKS_ZIP_OPPFORINGER && (oppforing = zip.getNextEntry()) != null; i++) {
                innholdstyper |= "[Content_Types].xml".equals(oppforing.getName());
                dokument |= "word/document.xml".equals(oppforing.getName());
                if (innholdstyper && dokument) {
                    return true;
                }
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    utpakket += n;
                    if (utpakket > MAKS_UTPAKKET) {
                        return false; // A zip bomb, not a Word document.
                    }
                }
            }
        } catch (Kildefeil e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            return false; // Not a readable ZIP (ZipException, cut off, bad entry name), so not a DOCX.
        }
        return false;
    }

    /**
     * Ends the source after {@code maksBytes} and marks its own failures apart from the ZIP reader's
     * complaints. Closing it leaves the source open for its owner.
     */
    private static final class Begrenset extends InputStream {
        private final InputStream kilde;
        private long igjen;

        Begrenset(InputStream kilde, long maksBytes) {
            this.kilde = kilde;
            this.igjen = maksBytes;
        }

        @Override
        public int read() throws IOException {
            if (igjen <= 0) {
                return -1;
            }
            int b;
            try {
                b = kilde.read();
            } catch (IOException e) {
                throw new Kildefeil(e);
            }
            igjen -= b < 0 ? 0 : 1;
            return b;
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
            igjen -= Math.max(n, 0);
            return n;
        }
    }

    /** The source stream failed: not a sign of a broken ZIP, so it is passed on. */
    private static final class Kildefeil extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient IOException opprinnelig;

        Kildefeil(IOException opprinnelig) {
            super(opprinnelig);
            this.opprinnelig = opprinnelig;
        }
    }
}
