package no.blaresept.schema.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.blaresept.schema.Vedleggstype;

/**
 * Recognises PDF and DOCX by their bytes, from a stream, so a renamed file of another type is not
 * accepted and a 15 MB file need not be held in memory. The only place that knows the file formats:
 * the API is {@code Vedleggskrav#gjenkjenn}. Stateless, thread-safe.
 *
 * <p>A PDF needs its header ({@code %PDF-1.x} or {@code 2.x}) and its end marker {@code %%EOF} in the
 * last 1024 bytes, where readers look for it. A DOCX is a complete ZIP (its end-of-central-directory
 * record present) whose {@code [Content_Types].xml} declares a WordprocessingML main document part that
 * the archive holds. Every entry is unpacked to reach the next one, so the unpacking is bounded: an
 * entry's declared size and ratio are judged before it is unpacked, and its actual ones while it is.
 */
public final class Filgjenkjenning {
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_SLUTT = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int PDF_HALE = 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_SLUTT = {'P', 'K', 5, 6};
    private static final int ZIP_EOCD = 22;
    /** The end-of-central-directory record may be followed by a comment of up to 65,535 bytes. */
    private static final int ZIP_HALE = ZIP_EOCD + 0xFFFF;
    private static final int START = PDF.length + 3; // "%PDF-" and a version "d.d"
    private static final String INNHOLDSTYPER = "[content_types].xml";
    /** A Word package has tens of parts, a few hundred with many images. */
    static final int MAKS_OPPFORINGER = 10_000;
    /** All entries together may unpack to this much: far above a real 15 MB document, and quick to reach. */
    static final long MAKS_UTPAKKET = 256L * 1024 * 1024;
    /** Word's XML parts pack 5-20 to one; zip bombs a thousand to one. */
    static final long MAKS_FORHOLD = 100;
    /** A small entry may pack better than {@link #MAKS_FORHOLD}; so small, it is harmless. */
    static final long FRITT_UTPAKKET = 1024 * 1024;
    /** The content types part lists a few dozen parts. */
    static final int MAKS_INNHOLDSTYPER = 1024 * 1024;

    private Filgjenkjenning() {
    }

    /**
     * PDF, DOCX, or empty. Reads {@code innhold} to its end, but never more than {@code maksBytes} (a
     * longer stream is not recognised), unpacking a ZIP's entries within the bounds above. Leaves
     * {@code innhold} open.
     *
     * @throws IOException only when {@code innhold} itself fails; a broken or cut-off file is simply not recognised
     */
    public static Optional<Vedleggstype> gjenkjenn(InputStream innhold, long maksBytes) throws IOException {
        BegrensetKilde kilde = new BegrensetKilde(innhold, maksBytes, ZIP_HALE);
        try {
            return gjenkjenn(kilde);
        } catch (BegrensetKilde.Kildefeil e) {
            throw e.opprinnelig();
        }
    }

    private static Optional<Vedleggstype> gjenkjenn(BegrensetKilde kilde) throws IOException {
        byte[] start = kilde.readNBytes(START);
        if (erPdfHode(start)) {
            kilde.lesUt();
            return holder(kilde.siste(PDF_HALE), PDF_SLUTT) ? Optional.of(Vedleggstype.PDF) : Optional.empty();
        }
        if (starterMed(start, ZIP)
                && erWordDokument(new SequenceInputStream(new ByteArrayInputStream(start), kilde), kilde)) {
            kilde.lesUt(); // the central directory, which the entry reader stops at
            return slutterSomZip(kilde.siste(ZIP_HALE)) ? Optional.of(Vedleggstype.DOCX) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean erPdfHode(byte[] start) {
        return starterMed(start, PDF) && start.length == START && erSiffer(start[PDF.length])
                && start[PDF.length + 1] == '.' && erSiffer(start[PDF.length + 2]);
    }

    private static boolean holder(byte[] innhold, byte[] monster) {
        for (int i = 0; i + monster.length <= innhold.length; i++) {
            if (BegrensetKilde.finnes(innhold, i, monster.length, monster)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the file ends in a whole end-of-central-directory record: its signature, 16 bytes, and
     * the comment whose length the record's last two bytes give (little-endian), up to the last byte.
     */
    private static boolean slutterSomZip(byte[] slutt) {
        for (int i = slutt.length - ZIP_EOCD; i >= 0; i--) {
            int kommentar = (slutt[i + ZIP_EOCD - 2] & 0xFF) | (slutt[i + ZIP_EOCD - 1] & 0xFF) << 8;
            if (BegrensetKilde.finnes(slutt, i, ZIP_SLUTT.length, ZIP_SLUTT) && i + ZIP_EOCD + kommentar == slutt.length) {
                return true;
            }
        }
        return false;
    }

    private static boolean erSiffer(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean starterMed(byte[] innhold, byte[] start) {
        return innhold.length >= start.length && BegrensetKilde.finnes(innhold, 0, start.length, start);
    }

    /** Reads every entry; a DOCX once its content types name a main document part the archive holds. */
    private static boolean erWordDokument(InputStream zipBytes, BegrensetKilde kilde) throws IOException {
        Set<String> navn = new HashSet<>();
        Set<String> hoveddeler = Set.of();
        long utpakket = 0;
        try (ZipInputStream zip = new ZipInputStream(zipBytes)) {
            for (ZipEntry oppforing; (oppforing = zip.getNextEntry()) != null; ) {
                String oppforingsnavn = oppforing.getName().toLowerCase(Locale.ROOT); // part names ignore case
                if (navn.size() >= MAKS_OPPFORINGER || !navn.add(oppforingsnavn)
                        || !rimeligDeklarert(oppforing, MAKS_UTPAKKET - utpakket)) {
                    return false; // a part named twice is not a package, and a bomb is not unpacked
                }
                boolean erInnholdstyper = INNHOLDSTYPER.equals(oppforingsnavn);
                ByteArrayOutputStream xml = new ByteArrayOutputStream();
                long n = pakkUt(zip, kilde, erInnholdstyper ? xml : OutputStream.nullOutputStream(),
                        erInnholdstyper ? MAKS_INNHOLDSTYPER : MAKS_UTPAKKET - utpakket);
                if (n < 0) {
                    return false;
                }
                utpakket += n;
                if (erInnholdstyper) {
                    hoveddeler = Innholdstyper.hoveddeler(xml.toByteArray());
                }
            }
        } catch (BegrensetKilde.Kildefeil e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            return false; // Not a readable ZIP (ZipException, cut off, bad entry name, sizes not as declared)
        }
        return hoveddeler.stream().anyMatch(navn::contains);
    }

    /** The local header's sizes, when it gives them, judged before a byte is unpacked. */
    private static boolean rimeligDeklarert(ZipEntry oppforing, long igjen) {
        long storrelse = oppforing.getSize();
        long pakket = oppforing.getCompressedSize();
        return storrelse <= igjen && (storrelse <= FRITT_UTPAKKET || pakket < 0 || storrelse <= MAKS_FORHOLD * pakket);
    }

    /**
     * Unpacks the current entry into {@code ut}: its size, or -1 as soon as it passes {@code maks} or
     * unpacks to more than {@link #MAKS_FORHOLD} times the bytes read from the source meanwhile.
     */
    private static long pakkUt(ZipInputStream zip, BegrensetKilde kilde, OutputStream ut, long maks) throws IOException {
        long lestFor = kilde.lest();
        long utpakket = 0;
        byte[] buffer = new byte[8192];
        for (int n; (n = zip.read(buffer)) > 0; ) {
            utpakket += n;
            if (utpakket > maks
                    || utpakket > FRITT_UTPAKKET && utpakket > MAKS_FORHOLD * (kilde.lest() - lestFor)) {
                return -1;
            }
            ut.write(buffer, 0, n);
        }
        return utpakket;
    }
}
