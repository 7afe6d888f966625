package no.blaresept.benchmarks.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.vedlegg.Vedlegg;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import no.blaresept.schema.Svar;

/**
 * Sending an application with a 15 MB PDF attachment on loopback: the SDK (base64 streamed from the
 * file into the request) against the naive way (read the file, base64 it into a String, build the
 * JSON String, send it with {@code ofString}). Run with {@code -prof gc}: {@code gc.alloc.rate.norm}
 * is the heap allocated per send (by every thread, the server's included, which costs both the same).
 * Goal (issue 3): the SDK allocates at most 2 MB more than the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VedleggSendBenchmark {

    private static final String SEND = "/api/blaresept/soknad/send";
    private static final String FELT = "/vedlegg/epikrise";
    private static final String SOKNAD_ID = "bench-soknad-0001";
    private static final String SKJEMAVERSJON = "1.0.0";
    private static final String SKJEMADATA = "{\"legemiddel\":{\"dosering\":\"0,25 mg én gang i uken\"}}";
    private static final String SVAR = """
            {"utfall": "INNVILGET", "soknadsreferanse": "BRS-2026-000123",
             "kvittering": {"hjemmel": "BLARESEPTFORSKRIFTEN_3",
                            "produkt": {"produkttype": "LEGEMIDDEL", "atcKode": "A10BJ06"},
                            "gyldigFra": "2026-11-23", "gyldigTil": "2027-11-23",
                            "innhold": "Søknaden er innvilget.", "vilkar": ["Gjelder i ett år."],
                            "tekster": [{"tekst": "Skriv resepten på blå resept."}]}}
            """;

    private Path pdf;
    private Loopback server;
    private BlareseptClient client;
    private RaHttp raHttp;
    private URI sendUri;

    /** Writes the 15 MB PDF to a temporary file and starts the server and both clients. */
    @Setup
    public void oppsett() throws IOException {
        pdf = Files.createTempFile("epikrise", ".pdf");
        skrivPdf(pdf, Vedlegg.MAKS_STORRELSE);
        server = Loopback.start(SEND, SVAR);
        client = VedtakSokBenchmark.sdkClientBuilder(server).build();
        raHttp = new RaHttp();
        sendUri = server.baseUri().resolve(SEND);
    }

    /** Stops everything and deletes the file. */
    @TearDown
    public void rydd() throws IOException {
        client.close();
        server.close();
        Files.deleteIfExists(pdf);
    }

    /** Naive: the file, its base64 and the JSON each held whole in memory. */
    @Benchmark
    public String baselineSend() throws IOException, InterruptedException {
        byte[] innhold = Files.readAllBytes(pdf);
        String base64 = Base64.getEncoder().encodeToString(innhold);
        String json = "{\"soknadId\":\"" + SOKNAD_ID + "\",\"skjemaversjon\":\"" + SKJEMAVERSJON
                + "\",\"skjemadata\":" + SKJEMADATA + ",\"vedlegg\":[{\"felt\":\"" + FELT
                + "\",\"filnavn\":\"" + pdf.getFileName() + "\",\"mimetype\":\"application/pdf\",\"innhold\":\""
                + base64 + "\"}]}";
        return raHttp.post(sendUri, HttpRequest.BodyPublishers.ofString(json));
    }

    /** The SDK. */
    @Benchmark
    public SendResultat sdkSend() throws IOException {
        Innsending innsending = Innsending.builder().soknadId(new SoknadId(SOKNAD_ID))
                .skjemaversjon(new Skjemaversjon(SKJEMAVERSJON))
                .svar(Svar.of(RaHttp.JSON.readValue(SKJEMADATA, ObjectNode.class)))
                .vedlegg(FELT, Vedlegg.of(pdf)).build();
        return client.soknad().send(innsending);
    }

    /** A PDF header, then pseudo-random bytes (base64 cannot shrink them), then the PDF trailer. */
    private static void skrivPdf(Path fil, long storrelse) throws IOException {
        byte[] hode = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] hale = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] blokk = new byte[64 * 1024];
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(fil)) {
            out.write(hode);
            long igjen = storrelse - hode.length - hale.length;
            while (igjen > 0) {
                random.nextBytes(blokk);
                int n = (int) Math.min(blokk.length, igjen);
                out.write(blokk, 0, n);
                igjen -= n;
            }
            out.write(hale);
        }
    }
}
