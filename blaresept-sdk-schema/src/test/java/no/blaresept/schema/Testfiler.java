package no.blaresept.schema;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small attachment files for tests: a PDF head and ZIP archives with chosen entry names. */
final class Testfiler {
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Testfiler() {
    }

    /** A ZIP whose entries have these names, each holding a tiny XML document. */
    static byte[] zip(String... navn) {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            for (String n : navn) {
                zip.putNextEntry(new ZipEntry(n));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ut.toByteArray();
    }

    /** A DOCX as far as recognition goes: the package's content types and Word's main part. */
    static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    }
}
