package no.blaresept.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, valid one-page PDF standing in for a decision letter: correct cross-reference table, a
 * standard font, Norwegian text in WinAnsi encoding. Built in memory; stateless and thread-safe.
 */
final class Vedtaksbrev {

    private Vedtaksbrev() {
    }

    /** The letter for one document reference (the reference is printed; no patient data is). */
    static byte[] pdf(String dokumentreferanse) {
        String tekst = "BT /F1 16 Tf 72 760 Td (Vedtak om individuell st\\370nad - bl\\345 resept) Tj "
                + "/F1 11 Tf 0 -28 Td (Helfo har innvilget s\\370knaden. Vedtaket gjelder i ett \\345r.) Tj "
                + "0 -16 Td (Dokumentreferanse: " + dokumentreferanse + ") Tj "
                + "0 -16 Td (Syntetisk testdokument fra blaresept-sdk-testkit.) Tj ET";
        List<String> objekter = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + tekst.length() + " >>\nstream\n" + tekst + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        skriv(ut, "%PDF-1.4\n");
        List<Integer> posisjoner = new ArrayList<>();
        for (int i = 0; i < objekter.size(); i++) {
            posisjoner.add(ut.size());
            skriv(ut, (i + 1) + " 0 obj\n" + objekter.get(i) + "\nendobj\n");
        }
        int xref = ut.size();
        StringBuilder tabell = new StringBuilder("xref\n0 " + (objekter.size() + 1) + "\n0000000000 65535 f \n");
        posisjoner.forEach(p -> tabell.append(String.format("%010d 00000 n \n", p)));
        tabell.append("trailer\n<< /Size ").append(objekter.size() + 1).append(" /Root 1 0 R >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        skriv(ut, tabell.toString());
        return ut.toByteArray();
    }

    private static void skriv(ByteArrayOutputStream ut, String s) {
        ut.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
