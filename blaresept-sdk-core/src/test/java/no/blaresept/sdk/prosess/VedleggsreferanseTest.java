package no.blaresept.sdk.prosess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.blaresept.sdk.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments saved by reference: the content's digest travels, the content does not, and a changed file is caught. */
class VedleggsreferanseTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** Taken with coreutils' sha256sum, not with the JDK this code uses. */
    private static final String PDF_SHA256 = "ab2746220d94d65f11fcd61dbecda545064bf281fa9f4d3e0bf98f909ef1d93b";

    @TempDir
    Path dir;

    @Test
    void referencesAFileByUriAndTheSha256OfItsContent() throws IOException {
        Path fil = Files.write(dir.resolve("Kari Nordmann epikrise.pdf"), PDF);

        Vedleggsreferanse ref = Vedleggsreferanse.of("/vedlegg/0/innhold", fil);

        assertThat(ref.sha256()).isEqualTo(PDF_SHA256);
        assertThat(Path.of(ref.kilde())).isEqualTo(fil.toAbsolutePath());
        assertThat(ref.vedlegg().storrelse()).isEqualTo(PDF.length);
        assertThat(ref.toString()).doesNotContain("Nordmann").contains("/vedlegg/0/innhold");
    }

    @Test
    void aFileWhoseContentChangedSinceIsRefused() throws IOException {
        Path fil = Files.write(dir.resolve("epikrise.pdf"), PDF);
        Vedleggsreferanse ref = Vedleggsreferanse.of("/vedlegg/0/innhold", fil);
        Files.write(fil, "%PDF-1.7\n2 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(ref::vedlegg).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("VEDLEGG_ENDRET"));
    }

    @Test
    void contentFromTheVendorsOwnStoreIsCheckedTheSameWay() {
        Vedleggsreferanse ref = new Vedleggsreferanse("/vedlegg/0/innhold", URI.create("epj-arkiv:dok/4711"), PDF_SHA256);

        assertThat(ref.vedlegg("epikrise.pdf", () -> new ByteArrayInputStream(PDF)).sha256Hex()).isEqualTo(PDF_SHA256);
        assertThatThrownBy(ref::vedlegg).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("VEDLEGG_KILDE"));
    }

    @Test
    void malformedPartsAreRefusedByName() {
        URI uri = URI.create("file:///x.pdf");
        assertThatThrownBy(() -> new Vedleggsreferanse("vedlegg", uri, PDF_SHA256))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("vedlegg.felt"));
        assertThatThrownBy(() -> new Vedleggsreferanse("/vedlegg", uri, PDF_SHA256.toUpperCase()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("vedlegg.sha256"));
        assertThatThrownBy(() -> new Vedleggsreferanse("/vedlegg", null, PDF_SHA256)).hasMessage("kilde");
    }
}
