package no.blaresept.schema;

import static no.blaresept.testsupport.Testfiler.WORD_HOVEDDEL;
import static no.blaresept.testsupport.Testfiler.avkuttet;
import static no.blaresept.testsupport.Testfiler.docx;
import static no.blaresept.testsupport.Testfiler.docxDeler;
import static no.blaresept.testsupport.Testfiler.docxMedNuller;
import static no.blaresept.testsupport.Testfiler.innholdstyper;
import static no.blaresept.testsupport.Testfiler.pdf;
import static no.blaresept.testsupport.Testfiler.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recognising an attachment's type from a stream (F-4.7): by content, bounded, hostile files refused. */
class VedleggskravTest {

    private static final Vedleggskrav KRAV = Vedleggskrav.BLARESEPT;

    @Test
    void recognisesRealMinimalFiles() throws IOException {
        assertThat(gjenkjenn(pdf())).contains(Vedleggstype.PDF);
        assertThat(gjenkjenn(docx())).contains(Vedleggstype.DOCX);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"%PDF-1.7\nMZ\u0090\u0000 executable", "%PDF-", "%PDF-x.y\n%%EOF", "%PDF-1.7\n%%EO"})
    void aPdfNeedsItsVersionAndItsEndMarker(String fil) throws IOException {
        assertThat(gjenkjenn(fil.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void aPdfEndMarkerMoreThan1024BytesFromTheEndIsNotItsEnd() throws IOException {
        byte[] fil = pdf();
        byte[] tilfoyd = Arrays.copyOf(fil, fil.length + 1024 - "%%EOF\n".length() + 1);
        byte[] innenfor = Arrays.copyOf(fil, fil.length + 1024 - "%%EOF\n".length());

        assertThat(gjenkjenn(tilfoyd)).isEmpty();
        assertThat(gjenkjenn(innenfor)).contains(Vedleggstype.PDF);
    }

    @Test
    void aTruncatedFileIsNotRecognisedWhereverItIsCut() throws IOException {
        byte[] pdf = pdf();
        byte[] docx = docx();
        // The PDF's last byte is the line end after %%EOF, which a PDF may leave out.
        for (int lengde = 0; lengde < pdf.length - 1; lengde++) {
            assertThat(gjenkjenn(avkuttet(pdf, lengde))).as("first %d of the PDF's %d bytes", lengde, pdf.length).isEmpty();
        }
        for (int lengde = 0; lengde < docx.length; lengde++) {
            assertThat(gjenkjenn(avkuttet(docx, lengde))).as("first %d of the DOCX's %d bytes", lengde, docx.length).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "main part declared, not held       | /word/hoved.xml   | " + WORD_HOVEDDEL,
        "spreadsheet main part              | /word/document.xml | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "macro-enabled Word                 | /word/document.xml | application/vnd.ms-word.document.macroEnabled.main+xml",
        "no leading slash                   | word/document.xml  | " + WORD_HOVEDDEL,
    })
    void aDocxNeedsItsContentTypesToDeclareAWordMainPartItHolds(String tilfelle, String del, String type)
            throws IOException {
        assertThat(gjenkjenn(zip(docxDeler(innholdstyper(del, type))))).as(tilfelle).isEmpty();
    }

    @Test
    void aMainPartNamedDifferentlyOrInAnyCaseIsRecognised() throws IOException {
        Map<String, byte[]> deler = docxDeler(innholdstyper("/WORD/Document.XML", WORD_HOVEDDEL));

        assertThat(gjenkjenn(zip(deler))).contains(Vedleggstype.DOCX);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[Content_Types].xml,word/document.xml", "[Content_Types].xml,xl/workbook.xml",
        "word/document.xml", "[Content_Types].xml,_rels/.rels,word/document.xml"})
    void aZipWithTheRightNamesButNoDeclarationIsNotADocx(String navn) throws IOException {
        assertThat(gjenkjenn(zip(navn.split(",")))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'><Override",
        "<!DOCTYPE t [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><Types xmlns='http://schemas.openxmlformats.org/"
            + "package/2006/content-types'><Override PartName='/word/document.xml' ContentType='&e;'/></Types>",
        "<Types xmlns='urn:other'><Override PartName='/word/document.xml' ContentType='" + WORD_HOVEDDEL + "'/></Types>",
    })
    void contentTypesThatAreBrokenHostileOrForeignDeclareNothing(String xml) throws IOException {
        Map<String, byte[]> deler = docxDeler(xml.replace('\'', '"').getBytes(StandardCharsets.UTF_8));

        assertThat(gjenkjenn(zip(deler))).isEmpty();
    }

    @Test
    void aPartNamedTwiceIsNotAPackage() throws IOException {
        Map<String, byte[]> deler = docxDeler(innholdstyper("/word/document.xml", WORD_HOVEDDEL));
        deler.put("WORD/document.xml", "<x/>".getBytes(StandardCharsets.UTF_8)); // part names ignore case

        assertThat(gjenkjenn(zip(deler))).isEmpty();
    }

    @ParameterizedTest(name = "bomb after the Word parts: {0}")
    @ValueSource(booleans = {false, true})
    void aZipBombIsRefusedWithoutBeingUnpackedWhereverItSits(boolean etter) {
        byte[] bombe = docxMedNuller(200L * 1024 * 1024, etter);

        assertThat(bombe.length).as("a small file").isLessThan(300_000);
        Optional<Vedleggstype> type = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> gjenkjenn(bombe));
        assertThat(type).isEmpty();
    }

    @Test
    void aSmallEntryMayPackWellAndALargeOneAsWordsXmlDoes() throws IOException {
        assertThat(gjenkjenn(docxMedNuller(512 * 1024, true))).as("512 KiB of zeros").contains(Vedleggstype.DOCX);
        // Text packs about 3-5 to one; 8 MiB of it stays far below the ratio limit.
        Map<String, byte[]> deler = docxDeler(innholdstyper("/word/document.xml", WORD_HOVEDDEL));
        deler.put("word/media/tekst.xml", tekst(8 * 1024 * 1024, new Random(7)));
        assertThat(gjenkjenn(zip(deler))).contains(Vedleggstype.DOCX);
    }

    @Test
    void declaredSizesAreJudgedBeforeUnpacking() throws IOException {
        // A stored entry declaring 4 GB, whose bytes are never there: refused on its header alone.
        Talt innhold = new Talt(new SequenceInputStream(new ByteArrayInputStream(lagretOppforing(0xFFFF_FFF0L)),
                new Nuller()));

        assertThat(KRAV.gjenkjenn(innhold)).isEmpty();
        assertThat(innhold.lest).as("the header and one buffer").isLessThan(64 * 1024);
    }

    @Test
    void anEntryWhoseSizeIsNotAsDeclaredIsRefused() throws IOException {
        byte[] fil = docx();
        byte[] navn = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        // Deflated entries declare their sizes in a data descriptor after the data: signature, CRC, packed, unpacked.
        int beskrivelse = finn(fil, new byte[] {'P', 'K', 7, 8}, finn(fil, navn, 0));
        fil[beskrivelse + 12]++;

        assertThat(gjenkjenn(fil)).isEmpty();
    }

    @Test
    void neverReadsMoreThanTheLimitEvenFromAnEndlessStream() throws IOException {
        Vedleggskrav krav = new Vedleggskrav(1024 * 1024, KRAV.tillatteTyper());
        Talt pdfUtenEnde = new Talt(new SequenceInputStream(new ByteArrayInputStream(pdf()), new Nuller()));

        assertThat(krav.gjenkjenn(pdfUtenEnde)).isEmpty();
        assertThat(pdfUtenEnde.lest).isEqualTo(krav.maksBytes());
    }

    @ParameterizedTest(name = "first {0} bytes")
    @ValueSource(ints = {3, 4, 30, 60})
    void aCutOffZipIsNotADocxAndNoError(int lengde) throws IOException {
        assertThat(gjenkjenn(avkuttet(docx(), lengde))).isEmpty();
    }

    @Test
    void aCorruptZipIsNotADocxAndNoError() throws IOException {
        byte[] fil = docx();
        Arrays.fill(fil, 8, 30, (byte) 0x7f); // compression method, sizes and name length of the first entry

        assertThat(gjenkjenn(fil)).isEmpty();
    }

    @ParameterizedTest(name = "after {0} bytes")
    @ValueSource(ints = {0, 2, 100})
    void aFailingSourceIsReportedNotMistakenForABrokenFile(int forFeil) {
        for (byte[] fil : new byte[][] {docx(), pdf()}) {
            IOException feil = new IOException("disken forsvant");
            InputStream innhold = new SequenceInputStream(
                    new ByteArrayInputStream(Arrays.copyOf(fil, forFeil)), new Feilende(feil));

            assertThatThrownBy(() -> KRAV.gjenkjenn(innhold)).isSameAs(feil);
        }
    }

    @Test
    void leavesTheStreamOpenForItsOwner() throws IOException {
        for (byte[] fil : new byte[][] {pdf(), docx(), zip("a.txt"), {1, 2, 3}}) {
            Talt innhold = new Talt(new ByteArrayInputStream(fil));

            KRAV.gjenkjenn(innhold);

            assertThat(innhold.lukket).isFalse();
        }
    }

    @Test
    void aTypeNotAllowedHereIsNotRecognised() throws IOException {
        Vedleggskrav barePdf = new Vedleggskrav(KRAV.maksBytes(), Set.of(Vedleggstype.PDF));

        assertThat(barePdf.gjenkjenn(new ByteArrayInputStream(docx()))).isEmpty();
        assertThat(barePdf.gjenkjenn(new ByteArrayInputStream(pdf()))).contains(Vedleggstype.PDF);
    }

    /** Both entry points agree; the stream one is the one the SDK uses. */
    private static Optional<Vedleggstype> gjenkjenn(byte[] fil) throws IOException {
        Optional<Vedleggstype> type = KRAV.gjenkjenn(new ByteArrayInputStream(fil));
        assertThat(KRAV.gjenkjenn(fil)).isEqualTo(type);
        return type;
    }

    /** Words from a small vocabulary, packing as ordinary text does. */
    private static byte[] tekst(int lengde, Random random) {
        String[] ord = {"pasient", "diagnose", "behandling", "legemiddel", "dose", "uke", "effekt", "blodtrykk"};
        StringBuilder tekst = new StringBuilder(lengde + 16);
        while (tekst.length() < lengde) {
            tekst.append(ord[random.nextInt(ord.length)]).append(random.nextInt(1000)).append(' ');
        }
        return tekst.substring(0, lengde).getBytes(StandardCharsets.US_ASCII);
    }

    private static int finn(byte[] i, byte[] monster, int fra) {
        for (int p = fra; p + monster.length <= i.length; p++) {
            if (Arrays.equals(i, p, p + monster.length, monster, 0, monster.length)) {
                return p;
            }
        }
        throw new AssertionError("not found");
    }

    /** The local header of a stored (uncompressed) entry announcing {@code storrelse} bytes, without them. */
    private static byte[] lagretOppforing(long storrelse) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(ut);
        ZipEntry oppforing = new ZipEntry("stor.bin");
        oppforing.setMethod(ZipEntry.STORED);
        oppforing.setSize(storrelse);
        oppforing.setCompressedSize(storrelse);
        oppforing.setCrc(new CRC32().getValue());
        zip.putNextEntry(oppforing);
        zip.flush();
        return ut.toByteArray(); // not closed: the entry's content is never written
    }

    /** Counts the bytes read through it and notes whether it was closed. */
    private static final class Talt extends FilterInputStream {
        long lest;
        boolean lukket;

        Talt(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            lest += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            lest += Math.max(n, 0);
            return n;
        }

        @Override
        public void close() throws IOException {
            lukket = true;
            super.close();
        }
    }

    private static final class Nuller extends InputStream {
        @Override
        public int read() {
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            return len;
        }
    }

    private static final class Feilende extends InputStream {
        private final IOException feil;

        Feilende(IOException feil) {
            this.feil = feil;
        }

        @Override
        public int read() throws IOException {
            throw feil;
        }
    }
}
