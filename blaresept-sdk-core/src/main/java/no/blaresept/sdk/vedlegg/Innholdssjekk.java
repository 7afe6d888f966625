package no.blaresept.sdk.vedlegg;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises PDF and DOCX by their bytes rather than their names: a PDF starts with {@code %PDF-};
 * a DOCX is a ZIP archive holding {@code word/document.xml}. Package-private: {@link Vedlegg} is the API.
 */
final class Innholdssjekk {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String DOCX_MAIN_PART = "word/document.xml";
    // A DOCX names its main part among the first entries; stop looking after this many.
    private static final int MAX_ZIP_ENTRIES_SCANNED = 1000;

    private Innholdssjekk() {
    }

    /** The type the content has, or empty when it is neither PDF nor DOCX. Reads at most the ZIP's entries. */
    static Optional<Filtype> gjenkjenn(Innholdskilde kilde) throws IOException {
        byte[] head;
        try (InputStream in = kilde.open()) {
            head = in.readNBytes(PDF_MAGIC.length);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return Optional.of(Filtype.PDF);
        }
        if (startsWith(head, ZIP_MAGIC) && holdsWordDocument(kilde)) {
            return Optional.of(Filtype.DOCX);
        }
        return Optional.empty();
    }

    private static boolean holdsWordDocument(Innholdskilde kilde) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(kilde.open())) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES_SCANNED && (entry = zip.getNextEntry()) != null; i++) {
                if (DOCX_MAIN_PART.equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (java.util.zip.ZipException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
