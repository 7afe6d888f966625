package no.blaresept.schema;

import static no.blaresept.schema.Testfiler.PDF;
import static no.blaresept.schema.Testfiler.docx;
import static no.blaresept.schema.Testfiler.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recognising an attachment's type from a stream (F-4.7): by content, reading only what it must. */
class VedleggskravTest {

    private static final Vedleggskrav KRAV = Vedleggskrav.BLARESEPT;

    @Test
    void recognisesPdfFromItsFirstBytesWithoutReadingFurther() throws IOException {
        Talt innhold = new Talt(new ByteArrayInputStream(Arrays.copyOf(PDF, 1_000_000)));

        assertThat(KRAV.gjenkjenn(innhold)).contains(Vedleggstype.PDF);
        assertThat(innhold.lest).isLessThanOrEqualTo("%PDF-".length());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "[Content_Types].xml,_rels/.rels,word/document.xml | DOCX",
        "word/document.xml,[Content_Types].xml             | DOCX",
        "word/document.xml                                 | ",
        "[Content_Types].xml,word/styles.xml               | ",
        "[Content_Types].xml,xl/workbook.xml               | ",
        "[Content_Types].xml,ppt/presentation.xml          | ",
    })
    void docxNeedsBothThePackagesContentTypesAndWordsMainPart(String oppforinger, Vedleggstype forventet)
            throws IOException {
        byte[] fil = zip(oppforinger.split(","));

        assertThat(KRAV.gjenkjenn(new ByteArrayInputStream(fil))).isEqualTo(Optional.ofNullable(forventet));
        assertThat(KRAV.gjenkjenn(fil)).isEqualTo(Optional.ofNullable(forventet));
    }

    @Test
    void looksAtTwoHundredEntriesAndNoMore() throws IOException {
        assertThat(KRAV.gjenkjenn(new ByteArrayInputStream(docxEtter(198)))).contains(Vedleggstype.DOCX);
        assertThat(KRAV.gjenkjenn(new ByteArrayInputStream(docxEtter(199)))).isEmpty();
    }

    @Test
    void aZipBombIsNotUnpackedBeyondTheLimit() throws IOException {
        byte[] bombe = docxEtterNuller(65L * 1024 * 1024);
        byte[] innenfor = docxEtterNuller(8L * 1024 * 1024);

        assertThat(bombe.length).as("a small file").isLessThan(100_000);
        assertThat(KRAV.gjenkjenn(new ByteArrayInputStream(bombe))).isEmpty();
        assertThat(KRAV.gjenkjenn(new ByteArrayInputStream(innenfor))).contains(Vedleggstype.DOCX);
    }

    @ParameterizedTest(name = "first {0} bytes")
    @ValueSource(ints = {3, 4, 30, 60})
    void aCutOffZipIsNotADocxAndNoError(int lengde) throws IOException {
        byte[] avkuttet = Arrays.copyOf(docx(), lengde);

        assertThat(KRAV.gjenkjenn(new ByteArrayInputStream(avkuttet))).isEmpty();
    }

    @Test
    void aCorruptZipIsNotADocxAndNoError() throws IOException {
        byte[] fil = docx();
        Arrays.fill(fil, 8, 30, (byte) 0x7f); // compression method, sizes and name length of the first entry

        assertThat(KRAV.gjenkjenn(new ByteArrayInputStream(fil))).isEmpty();
    }

    @ParameterizedTest(name = "after {0} bytes")
    @ValueSource(ints = {0, 2, 100})
    void aFailingSourceIsReportedNotMistakenForABrokenZip(int forFeil) {
        IOException feil = new IOException("disken forsvant");
        InputStream innhold = new SequenceInputStream(
                new ByteArrayInputStream(Arrays.copyOf(docx(), forFeil)), new Feilende(feil));

        assertThatThrownBy(() -> KRAV.gjenkjenn(innhold)).isSameAs(feil);
    }

    @Test
    void neverReadsMoreThanTheLimitEvenFromAnEndlessStream() throws IOException {
        Vedleggskrav krav = new Vedleggskrav(1024 * 1024, KRAV.tillatteTyper());
        // A ZIP whose first entry claims 4 GB of stored content, followed by zeros without end.
        Talt innhold = new Talt(new SequenceInputStream(new ByteArrayInputStream(lagretOppforing(0xFFFF_FFF0L)),
                new Nuller()));

        assertThat(krav.gjenkjenn(innhold)).isEmpty();
        assertThat(innhold.lest).isLessThanOrEqualTo(krav.maksBytes());
    }

    @Test
    void leavesTheStreamOpenForItsOwner() throws IOException {
        for (byte[] fil : new byte[][] {PDF, docx(), zip("a.txt"), {1, 2, 3}}) {
            Talt innhold = new Talt(new ByteArrayInputStream(fil));

            KRAV.gjenkjenn(innhold);

            assertThat(innhold.lukket).isFalse();
        }
    }

    @Test
    void aTypeNotAllowedHereIsNotRecognised() throws IOException {
        Vedleggskrav barePdf = new Vedleggskrav(KRAV.maksBytes(), Set.of(Vedleggstype.PDF));

        assertThat(barePdf.gjenkjenn(new ByteArrayInputStream(docx()))).isEmpty();
        assertThat(barePdf.gjenkjenn(new ByteArrayInputStream(PDF))).contains(Vedleggstype.PDF);
    }

    private static byte[] docxEtter(int fyllOppforinger) {
        return zip(Stream.concat(IntStream.range(0, fyllOppforinger).mapToObj(i -> "fyll/" + i + ".xml"),
                Stream.of("[Content_Types].xml", "word/document.xml")).toArray(String[]::new));
    }

    /** A DOCX whose Word parts come after an entry that inflates to {@code nuller} zero bytes. */
    private static byte[] docxEtterNuller(long nuller) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(ut)) {
            zip.putNextEntry(new ZipEntry("word/media/fyll.bin"));
            byte[] blokk = new byte[64 * 1024];
            for (long skrevet = 0; skrevet < nuller; skrevet += blokk.length) {
                zip.write(blokk, 0, (int) Math.min(blokk.length, nuller - skrevet));
            }
            for (String navn : new String[] {"[Content_Types].xml", "word/document.xml"}) {
                zip.putNextEntry(new ZipEntry(navn));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return ut.toByteArray();
    }

    /** The local header of a stored (uncompressed) entry announcing {@code storrelse} bytes, without them. */
    private static byte[] lagretOppforing(long storrelse) throws IOException {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        ZipOutputStream zip = new ZipOutputStream(ut);
        ZipEntry oppforing = new ZipEntry("stor.bin");
        oppforing.setMethod(ZipEntry.STORED);
        oppforing.setSize(storrelse);
        oppforing.setCompressedSize(storrelse);
        oppforing.setCrc(0);
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
