package no.blaresept.sdk.vedtak;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.ResponseLimits;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.error.NotFoundException;
import no.blaresept.sdk.error.UnexpectedResponseException;
import no.blaresept.testsupport.Testfiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@link VedtakClient#hentVedtaksdokument(Dokumentreferanse, Path)}: the decision letter streamed into a file. */
class VedtaksdokumentfilTest {

    private static final String PATH = "/api/blaresept/vedtak/getVedtaksdokument";
    private static final Dokumentreferanse DOK = new Dokumentreferanse("DOK-42");
    private static final byte[] PDF = Testfiler.pdf(20_000);
    private static final byte[] OLD = "the letter saved last week".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final StubApi api = new StubApi();

    @TempDir
    Path dir;

    @Test
    void streamsTheLetterIntoTheFileWithItsNameSizeAndDigest() throws Exception {
        stub(pdf(PDF).withHeader("Content-Disposition", "inline; filename=\"../vedtak-V-1.pdf\""));
        Path fil = dir.resolve("vedtak.pdf");

        Vedtaksdokumentfil dokument;
        try (BlareseptClient client = api.client()) {
            dokument = client.vedtak().hentVedtaksdokument(DOK, fil);
        }

        assertThat(fil).hasBinaryContent(PDF);
        assertThat(dokument.fil()).isEqualTo(fil.toAbsolutePath());
        assertThat(dokument.filnavn()).isEqualTo("vedtak-V-1.pdf");
        assertThat(dokument.mediatype()).isEqualTo("application/pdf");
        assertThat(dokument.storrelse()).isEqualTo(PDF.length);
        assertThat(dokument.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
        assertThat(files()).containsExactly(fil);
        assertThat(api.requests()).singleElement().satisfies(r -> assertThat(r.getUrl()).endsWith("dokumentreferanse=DOK-42"));
    }

    @Test
    void theAsyncFormWritesTheSameFile() throws Exception {
        stub(pdf(PDF));
        Path fil = dir.resolve("vedtak.pdf");

        try (BlareseptClient client = api.client()) {
            CompletableFuture<Vedtaksdokumentfil> future = client.vedtak().hentVedtaksdokumentAsync(DOK, fil);
            assertThat(future.get().storrelse()).isEqualTo(PDF.length);
        }
        assertThat(fil).hasBinaryContent(PDF);
        assertThat(files()).hasSize(1);
    }

    @Test
    void anExistingFileIsReplacedOnlyByAWholeLetter() throws Exception {
        Path fil = Files.write(dir.resolve("vedtak.pdf"), OLD);
        try (BlareseptClient client = api.clientBuilder().responseLimits(new ResponseLimits(1024, 8192)).build()) {
            for (ResponseDefinitionBuilder broken : new ResponseDefinitionBuilder[] {
                    pdf(PDF), // over the cap
                    pdf(new byte[0]),
                    aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html/>"),
                    aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                            .withBody("{\"title\":\"Ukjent\",\"status\":404}")}) {
                api.answersOffContract();
                api.server().resetAll();
                stub(broken);

                assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, fil)))
                        .isInstanceOfAny(UnexpectedResponseException.class, NotFoundException.class);
                assertThat(fil).hasBinaryContent(OLD);
                assertThat(files()).containsExactly(fil);
            }
            api.server().resetAll();
            stub(pdf(Testfiler.pdf()));
            client.vedtak().hentVedtaksdokument(DOK, fil);
        }
        assertThat(fil).hasBinaryContent(Testfiler.pdf());
        assertThat(files()).containsExactly(fil);
    }

    @Test
    void aLetterOverTheCapIsUnexpectedNotRetriedAndLeavesNoFile() throws Exception {
        stub(pdf(PDF));

        try (BlareseptClient client = api.clientBuilder().responseLimits(new ResponseLimits(1024, 8192)).build()) {
            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, dir.resolve("vedtak.pdf"))))
                    .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("ResponseLimits");
        }
        assertThat(files()).isEmpty();
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aLetterThatGrowsPastTheCapWithoutADeclaredLengthIsCutOffAndLeavesNoFile() throws Exception {
        stub(pdf(PDF).withChunkedDribbleDelay(10, 200));

        try (BlareseptClient client = api.clientBuilder().responseLimits(new ResponseLimits(1024, 8192)).build()) {
            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, dir.resolve("vedtak.pdf"))))
                    .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("ResponseLimits");
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void aVendorTransportThatReadsWholeAnswersStillWritesTheFileAndKeepsTheCap() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        stub(pdf(PDF));
        Path fil = dir.resolve("vedtak.pdf");

        try (BlareseptClient client = api.clientBuilder()
                .transport(request -> http.send(request, HttpResponse.BodyHandlers.ofByteArray())).build()) {
            assertThat(client.vedtak().hentVedtaksdokument(DOK, fil).storrelse()).isEqualTo(PDF.length);
        }
        assertThat(fil).hasBinaryContent(PDF);
        try (BlareseptClient client = api.clientBuilder().responseLimits(new ResponseLimits(1024, 8192))
                .transport(request -> http.send(request, HttpResponse.BodyHandlers.ofByteArray())).build()) {
            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, dir.resolve("ny.pdf"))))
                    .isInstanceOf(UnexpectedResponseException.class);
        }
        assertThat(files()).containsExactly(fil);
    }

    @Test
    void aTargetInAMissingFolderOrThatIsAFolderIsRefusedBeforeAnyRequest() throws Exception {
        Path pasientmappe = dir.resolve("Kari-Nordmann-" + Testdata.FNR);
        try (BlareseptClient client = api.client()) {
            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, pasientmappe.resolve("v.pdf"))))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("fil");
                        assertThat(e.code()).isEqualTo("DOKUMENTFIL_MAPPE_MANGLER");
                        assertThat(e).hasMessageNotContaining("Kari").hasMessageNotContaining(Testdata.FNR);
                    });
            Files.createDirectory(pasientmappe);
            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, pasientmappe)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("DOKUMENTFIL_ER_MAPPE");
                        assertThat(e).hasMessageNotContaining("Kari");
                    });
            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, null)))
                    .isInstanceOf(NullPointerException.class).hasMessage("fil");
            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(null, pasientmappe)))
                    .isInstanceOf(NullPointerException.class).hasMessage("referanse");
        }
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void aFolderThatVanishesWhileTheAnswerIsUnderWayIsAWriteErrorNotRetried() throws Exception {
        Path mappe = Files.createDirectory(dir.resolve("Kari-Nordmann-" + Testdata.FNR));
        stub(pdf(PDF).withFixedDelay(500));

        try (BlareseptClient client = api.client()) {
            CompletableFuture<Vedtaksdokumentfil> future = client.vedtak().hentVedtaksdokumentAsync(DOK, mappe.resolve("v.pdf"));
            Files.delete(mappe);
            assertThat(catchThrowable(future::join)).cause().isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.field()).isEqualTo("fil");
                assertThat(e.code()).isEqualTo("DOKUMENTFIL_SKRIVEFEIL");
                assertThat(e).hasMessageNotContaining("Kari").hasNoCause();
            });
        }
        assertThat(api.requests()).hasSize(1);
        assertThat(files()).isEmpty();
    }

    @Test
    void toStringShowsNeitherThePathNorTheFileName() {
        Vedtaksdokumentfil dokument = new Vedtaksdokumentfil(dir.resolve("Kari-Nordmann-" + Testdata.FNR + ".pdf"),
                "Kari-Nordmann-" + Testdata.FNR + ".pdf", "application/pdf", 1234, "ab".repeat(32));

        assertThat(dokument.toString()).isEqualTo("Vedtaksdokumentfil[application/pdf, 1234 bytes]");
    }

    private void stub(ResponseDefinitionBuilder answer) {
        api.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(answer));
    }

    private static ResponseDefinitionBuilder pdf(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/pdf").withBody(body);
    }

    private java.util.List<Path> files() throws java.io.IOException {
        try (var listing = Files.list(dir)) {
            return listing.toList();
        }
    }

    @Test
    void theDescriptionRefusesANegativeSizeAndAMalformedDigestNamingTheField() {
        Path fil = Path.of("vedtak.pdf").toAbsolutePath();
        String sha = "0".repeat(64);
        assertThat(catchThrowable(() -> new Vedtaksdokumentfil(fil, "v.pdf", "application/pdf", -1, sha)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("storrelse");
        assertThat(catchThrowable(() -> new Vedtaksdokumentfil(fil, "v.pdf", "application/pdf", 1, "ABC")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sha256");
        assertThat(new Vedtaksdokumentfil(fil, "v.pdf", "application/pdf", 0, sha).storrelse()).isZero();
    }
}
