package no.blaresept.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Real, minimal attachment files for the tests of every module, built here rather than kept as
 * fixtures: a PDF with header, objects, cross-reference table and trailer; a DOCX whose content types
 * declare its Word main part; and the hostile variants of both. Stateless, thread-safe.
 */
public final class Testfiler {

    /** The content type a DOCX's {@code [Content_Types].xml} gives its main document part. */
    public static final String WORD_HOVEDDEL =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private Testfiler() {
    }

    /** A one-page PDF 1.7 that readers open: header, catalog, page tree, page, xref, trailer, {@code %%EOF}. */
    public static byte[] pdf() {
        return pdf(new byte[0]);
    }

    /**
     * {@link #pdf()} grown to exactly {@code storrelse} bytes by a comment line of varied bytes after
     * its header (so base64 cannot shrink it), its cross-reference offsets still right.
     *
     * @param storrelse {@code pdf().length}, or at least two bytes more
     */
    public static byte[] pdf(int storrelse) {
        int minste = pdf().length;
        if (storrelse == minste) {
            return pdf();
        }
        if (storrelse < minste + 2) {
            throw new IllegalArgumentException("a PDF with a comment has at least " + (minste + 2) + " bytes");
        }
        return pdf(kommentar(storrelse - minste));
    }

    private static byte[] kommentar(int lengde) {
        byte[] kommentar = new byte[lengde];
        kommentar[0] = '%';
        for (int i = 1; i < kommentar.length - 1; i++) {
            byte b = (byte) (i * 31);
            kommentar[i] = b == '\n' || b == '\r' ? (byte) 'x' : b;
        }
        kommentar[kommentar.length - 1] = '\n';
        return kommentar;
    }

    private static byte[] pdf(byte[] kommentar) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(tekst("%PDF-1.7\n"));
        pdf.writeBytes(kommentar);
        String[] objekter = {"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"};
        List<Integer> posisjoner = new ArrayList<>();
        for (int i = 0; i < objekter.length; i++) {
            posisjoner.add(pdf.size());
            pdf.writeBytes(tekst((i + 1) + " 0 obj " + objekter[i] + " endobj\n"));
        }
        StringBuilder slutt = new StringBuilder();
        int xref = pdf.size();
        slutt.append("xref\n0 ").append(objekter.length + 1).append("\n0000000000 65535 f \n");
        posisjoner.forEach(p -> slutt.append(String.format("%010d 00000 n \n", p)));
        slutt.append("trailer <</Size ").append(objekter.length + 1).append("/Root 1 0 R>>\nstartxref\n")
                .append(String.format("%010d", xref)).append("\n%%EOF\n"); // fixed width: pdf(int) sizes exactly
        pdf.writeBytes(tekst(slutt.toString()));
        return pdf.toByteArray();
    }

    /** A minimal Word document: content types declaring the main part, the package relationship, the part. */
    public static byte[] docx() {
        return zip(docxDeler(innholdstyper("/word/document.xml", WORD_HOVEDDEL)));
    }

    /** The three parts of {@link #docx()} with the given content types part, in the order Word writes them. */
    public static Map<String, byte[]> docxDeler(byte[] innholdstyper) {
        Map<String, byte[]> deler = new LinkedHashMap<>();
        deler.put("[Content_Types].xml", innholdstyper);
        deler.put("_rels/.rels", tekst("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"http://schemas.openxmlformats.org/"
                + "officeDocument/2006/relationships/officeDocument\"/></Relationships>"));
        deler.put("word/document.xml", tekst("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Epikrise</w:t></w:r></w:p></w:body></w:document>"));
        return deler;
    }

    /** A {@code [Content_Types].xml} with one override: {@code delnavn} has {@code innholdstype}. */
    public static byte[] innholdstyper(String delnavn, String innholdstype) {
        return tekst("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"" + delnavn + "\" ContentType=\"" + innholdstype + "\"/></Types>");
    }

    /** A ZIP holding these entries, deflated, in this order. */
    public static byte[] zip(Map<String, byte[]> oppforinger) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            for (Map.Entry<String, byte[]> oppforing : oppforinger.entrySet()) {
                zip.putNextEntry(new ZipEntry(oppforing.getKey()));
                zip.write(oppforing.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toByteArray();
    }

    /** A ZIP whose entries have these names, each holding a tiny XML document. */
    public static byte[] zip(String... navn) {
        Map<String, byte[]> oppforinger = new LinkedHashMap<>();
        for (String n : navn) {
            oppforinger.put(n, tekst("<x/>"));
        }
        return zip(oppforinger);
    }

    /**
     * A zip bomb inside a DOCX: {@link #docx()}'s parts with an entry of {@code nuller} zero bytes
     * (packing about a thousand to one) before them or, when {@code etter}, after them.
     */
    public static byte[] docxMedNuller(long nuller, boolean etter) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            if (!etter) {
                nuller(zip, nuller);
            }
            for (Map.Entry<String, byte[]> del : docxDeler(innholdstyper("/word/document.xml", WORD_HOVEDDEL)).entrySet()) {
                zip.putNextEntry(new ZipEntry(del.getKey()));
                zip.write(del.getValue());
            }
            if (etter) {
                nuller(zip, nuller);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toByteArray();
    }

    /** The first {@code lengde} bytes of {@code fil}: a file cut off in transfer. */
    public static byte[] avkuttet(byte[] fil, int lengde) {
        return Arrays.copyOf(fil, lengde);
    }

    private static void nuller(ZipOutputStream zip, long antall) throws IOException {
        zip.putNextEntry(new ZipEntry("word/media/fyll.bin"));
        byte[] blokk = new byte[64 * 1024];
        for (long skrevet = 0; skrevet < antall; skrevet += blokk.length) {
            zip.write(blokk, 0, (int) Math.min(blokk.length, antall - skrevet));
        }
    }

    private static byte[] tekst(String tekst) {
        return tekst.getBytes(StandardCharsets.UTF_8);
    }
}
