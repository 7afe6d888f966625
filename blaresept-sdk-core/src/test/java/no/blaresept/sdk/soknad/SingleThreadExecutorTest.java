package no.blaresept.sdk.soknad;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.vedlegg.Vedlegg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An asynchronous send with an attachment completes even on a one-thread executor: the body writer has its own threads. */
class SingleThreadExecutorTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    @TempDir
    Path dir;

    @Test
    void asyncSendWithAttachmentOnASingleThreadExecutorCompletes() throws Exception {
        api.server().stubFor(post("/api/blaresept/soknad/send").willReturn(okJson(
                "{\"utfall\":\"MANUELL_SAKSBEHANDLING\",\"soknadsreferanse\":\"BRS-2026-000124\"}")));
        Path pdf = Files.write(dir.resolve("a.pdf"), no.blaresept.testsupport.Testfiler.pdf(300_000));
        Innsending innsending = Innsending.builder().soknadId(Testdata.innsending().soknadId())
                .skjemaversjon(Testdata.innsending().skjemaversjon()).svar(Testdata.innsending().svar())
                .vedlegg("/vedlegg/a", Vedlegg.of(pdf)).build();
        ExecutorService single = Executors.newSingleThreadExecutor();
        try (BlareseptClient client = api.clientBuilder().executor(single).build()) {
            assertThat(client.soknad().sendAsync(innsending).join()).isInstanceOf(SendResultat.ManuellSaksbehandling.class);
        } finally {
            single.shutdownNow();
        }
    }
}
