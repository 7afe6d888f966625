package no.blaresept.sdk.vedlegg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import no.blaresept.schema.Vedleggstype;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.testsupport.Testfiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VedleggTest {

    private static final byte[] PDF = Testfiler.pdf();

    @TempDir
    Path dir;

    @Test
    void recognisesPdfByContent() throws IOException {
        Vedlegg vedlegg = Vedlegg.of(write("epikrise.pdf", PDF));

        assertThat(vedlegg.type()).isEqualTo(Vedleggstype.PDF);
        assertThat(vedlegg.filnavn()).isEqualTo("epikrise.pdf");
        assertThat(vedlegg.storrelse()).isEqualTo(PDF.length);
        assertThat(vedlegg.type().medietype()).isEqualTo("application/pdf");
    }

    @Test
    void recognisesDocxByItsWordDocumentPart() throws IOException {
        Vedlegg vedlegg = Vedlegg.of(write("Notat.DOCX", Testfiler.docx()));

        assertThat(vedlegg.type()).isEqualTo(Vedleggstype.DOCX);
    }

    @Test
    void refusesOtherZipArchivesSuchAsSpreadsheets() throws IOException {
        Path xlsx = write("tabell.docx", Testfiler.zip("[Content_Types].xml", "xl/workbook.xml"));

        assertRefused(() -> Vedlegg.of(xlsx), "VEDLEGG_FILTYPE");
    }

    @Test
    void refusesAZipWithWordsMainPartButNotThePackagesContentTypes() throws IOException {
        Path halfDocx = write("halv.docx", Testfiler.zip("word/document.xml"));

        assertRefused(() -> Vedlegg.of(halfDocx), "VEDLEGG_FILTYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GIF89a....", "PK\u0003", "<html>%PDF-", "\u00d0\u00cf\u0011\u00e0 old .doc"})
    void refusesContentThatIsNotPdfOrDocxWhateverItsName(String content) throws IOException {
        Path file = write("scan.pdf", content.getBytes(StandardCharsets.ISO_8859_1));

        assertRefused(() -> Vedlegg.of(file), "VEDLEGG_FILTYPE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zip bomb after the Word parts, v.docx", "DOCX without its main part declared, v.docx",
        "PDF without its end, v.pdf", "cut-off PDF, v.pdf", "cut-off DOCX, v.docx"})
    void refusesHostileFilesThatStartLikeTheRealThing(String fil, String filnavn) throws IOException {
        byte[] innhold = switch (fil) {
            case "zip bomb after the Word parts" -> Testfiler.docxMedNuller(200L * 1024 * 1024, true);
            case "DOCX without its main part declared" -> Testfiler.zip("[Content_Types].xml", "word/document.xml");
            case "PDF without its end" -> "%PDF-1.7\nMZ executable".getBytes(StandardCharsets.US_ASCII);
            case "cut-off PDF" -> Testfiler.avkuttet(PDF, PDF.length - 3);
            default -> Testfiler.avkuttet(Testfiler.docx(), Testfiler.docx().length - 10);
        };
        Path file = write(filnavn, innhold);

        assertRefused(() -> Vedlegg.of(file), "VEDLEGG_FILTYPE");
    }

    @Test
    void refusesANameThatContradictsTheContent() throws IOException {
        Path renamed = write("brev.docx", PDF);

        assertRefused(() -> Vedlegg.of(renamed), "VEDLEGG_FILNAVN");
    }

    @Test
    void acceptsExactlyFifteenMegabytesAndRefusesOneByteMore() throws IOException {
        assertThat(Vedlegg.of(write("max.pdf", Testfiler.pdf((int) Vedlegg.MAKS_STORRELSE))).storrelse())
                .isEqualTo(15L * 1024 * 1024);

        Path tooLarge = write("stor.pdf", Testfiler.pdf((int) Vedlegg.MAKS_STORRELSE + 1));
        assertRefused(() -> Vedlegg.of(tooLarge), "VEDLEGG_FOR_STORT");
    }

    @Test
    void refusesAnEndlessSourceWithoutReadingItToTheEnd() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return '%';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '%');
                return len;
            }
        };

        assertRefused(() -> Vedlegg.of("uendelig.pdf", () -> endless), "VEDLEGG_FOR_STORT");
    }

    @Test
    void refusesEmptyAndMissingFiles() throws IOException {
        Path empty = write("tom.pdf", new byte[0]);
        assertRefused(() -> Vedlegg.of(empty), "VEDLEGG_TOMT");
        assertRefused(() -> Vedlegg.of(dir.resolve("finnes-ikke.pdf")), "VEDLEGG_ULESELIG");
    }

    @Test
    void aSourceThatFailsWhileItsContentIsRecognisedIsUnreadable() {
        AtomicInteger opened = new AtomicInteger();
        ContentSource failsOnSecondOpen = () -> opened.incrementAndGet() == 1
                ? new ByteArrayInputStream(PDF)
                : new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk gone");
                    }
                };

        assertRefused(() -> Vedlegg.of("v.pdf", failsOnSecondOpen), "VEDLEGG_ULESELIG");
    }

    @Test
    void closesEveryStreamItOpensToCheckTheContent() {
        AtomicInteger opened = new AtomicInteger();
        AtomicInteger closed = new AtomicInteger();

        Vedlegg.of("v.pdf", counted(PDF, opened, closed));
        assertRefused(() -> Vedlegg.of("v.docx", counted(Testfiler.zip("word/document.xml"), opened, closed)),
                "VEDLEGG_FILTYPE");

        assertThat(opened.get()).isEqualTo(4); // each: once to measure, once to recognise
        assertThat(closed).hasValue(opened.get());
    }

    @Test
    void refusesBlankFileNames() {
        assertRefused(() -> Vedlegg.of(" ", () -> new ByteArrayInputStream(PDF)), "VEDLEGG_FILNAVN");
    }

    @Test
    void writesExactlyTheBase64OfTheContentAndItsAnnouncedLength() throws IOException {
        for (int length : new int[] {PDF.length, PDF.length + 2, PDF.length + 3, PDF.length + 4, 100_000}) {
            byte[] content = Testfiler.pdf(length);
            Vedlegg vedlegg = Vedlegg.of("v.pdf", () -> new ByteArrayInputStream(content));
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            vedlegg.skrivBase64(out);

            assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(Base64.getEncoder().encodeToString(content));
            assertThat(vedlegg.base64Lengde()).isEqualTo(out.size());
        }
    }

    @Test
    void opensTheSourceAgainForEveryRequestInsteadOfHoldingTheContent() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        Vedlegg vedlegg = Vedlegg.of("v.pdf", () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(PDF);
        });
        int afterCheck = opened.get();

        vedlegg.skrivBase64(java.io.OutputStream.nullOutputStream());
        vedlegg.skrivBase64(java.io.OutputStream.nullOutputStream());

        assertThat(opened.get()).isEqualTo(afterCheck + 2);
    }

    @Test
    void failsWhenTheFileChangedSizeOrContentAfterTheCheck() throws IOException {
        Path file = write("endret.pdf", PDF);
        Vedlegg vedlegg = Vedlegg.of(file);
        Files.write(file, java.util.Arrays.copyOf(PDF, PDF.length * 2));

        assertThatThrownBy(() -> vedlegg.skrivBase64(java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(IOException.class).hasMessageContaining("changed after it was checked");

        byte[] sameSize = PDF.clone();
        sameSize[10] ^= 1;
        Files.write(file, PDF);
        Vedlegg checked = Vedlegg.of(file);
        Files.write(file, sameSize);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThatThrownBy(() -> checked.skrivBase64(out)).isInstanceOf(IOException.class);
        assertThat(out.size()).as("the held-back last buffer never went out").isLessThan((int) checked.base64Lengde());
    }

    @Test
    void toStringHidesTheFileNameWhichMayNameThePatient() throws IOException {
        Vedlegg vedlegg = Vedlegg.of(write("Kari Nordmann epikrise.pdf", PDF));

        assertThat(vedlegg.toString()).doesNotContain("Kari").doesNotContain("epikrise").contains("PDF");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private static ContentSource counted(byte[] content, AtomicInteger opened, AtomicInteger closed) {
        return () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(content) {
                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        };
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
