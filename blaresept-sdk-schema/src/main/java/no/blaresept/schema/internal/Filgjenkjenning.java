package no.blaresept.schema.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.blaresept.schema.Vedleggstype;

/** Recognises PDF and DOCX by their bytes; a renamed file of another type is not accepted. */
public final class Filgjenkjenning {
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** A DOCX names its main part early; scanning a bounded number of entries keeps zip bombs harmless. */
    private static final int MAKS_ZIP_OPPFORINGER = 200;

    private Filgjenkjenning() {
    }

    /** PDF, DOCX, or empty. */
    public static Optional<Vedleggstype> gjenkjenn(byte[] innhold) {
        if (starterMed(innhold, PDF)) {
            return Optional.of(Vedleggstype.PDF);
        }
        if (starterMed(innhold, ZIP) && erWordDokument(innhold)) {
            return Optional.of(Vedleggstype.DOCX);
        }
        return Optional.empty();
    }

    private static boolean starterMed(byte[] innhold, byte[] start) {
        return innhold.length >= start.length && Arrays.equals(innhold, 0, start.length, start, 0, start.length);
    }

    /** Reads only entry headers (never inflates content), so cost is bounded by the entry limit. */
    private static boolean erWordDokument(byte[] innhold) {
        boolean innholdstyper = false;
        boolean dokument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(innhold))) {
            ZipEntry oppforing;
            for (int i = 0; i < MAKS_ZIP_OPPFORINGER && (oppforing = zip.getNextEntry()) != null; i++) {
                innholdstyper |= "[Content_Types].xml".equals(oppforing.getName());
                dokument |= "word/document.xml".equals(oppforing.getName());
                if (innholdstyper && dokument) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false; // Not a readable ZIP, so not a DOCX.
        }
        return false;
    }
}
