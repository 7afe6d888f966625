package no.blaresept.benchmarks.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.TimeUnit;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.spi.RequestAuthenticator;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
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

/**
 * One {@code vedtak/sok} round trip on loopback through the SDK (build the {@link Forskrivning},
 * validate it, send, map the answer to a sealed outcome) against the same request by hand with raw
 * {@code java.net.http} + Jackson (build the JSON, send, read the answer's {@code utfall}). Both meet
 * the same lean server in the same run. Goal (issue 3): ratio ≤ 1.05.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VedtakSokBenchmark {

    static final String SOK = "/api/blaresept/vedtak/sok";
    // Synthetic (month + 80): the testkit's happy-path patient.
    static final String FODSELSNUMMER = "12857840060";
    static final String SVAR = """
            {"utfall": "VEDTAK_FUNNET",
             "meldinger": [{"kode": "VEDTAK_FUNNET", "tekst": "Pasienten har et gyldig vedtak."}],
             "vedtak": [{"vedtaksId": "V-BRS-2026-001001", "hjemmel": "BLARESEPTFORSKRIFTEN_3",
                         "produkt": {"produkttype": "LEGEMIDDEL", "atcKode": "A10BJ06", "navn": "Ozempic"},
                         "gyldigFra": "2026-08-23", "gyldigTil": "2027-08-23",
                         "innhold": "Individuell stønad til legemiddelet etter blåreseptforskriften § 3.",
                         "vilkar": ["Forskrives av spesialist i indremedisin.", "Effekten vurderes etter seks måneder."],
                         "tekster": [{"overskrift": "Refusjonsvilkår", "tekst": "Vedtaket gjelder bare for pasienten."}],
                         "maLeseVedtaksdokument": false}]}
            """;

    private Loopback server;
    private BlareseptClient client;
    private RaHttp raHttp;
    private URI sokUri;

    /** Starts the server, the SDK client and the raw client. */
    @Setup
    public void oppsett() {
        server = Loopback.start(SOK, SVAR);
        client = sdkClientBuilder(server).build();
        raHttp = new RaHttp();
        sokUri = server.baseUri().resolve(SOK);
    }

    /** Stops the client and the server. */
    @TearDown
    public void rydd() {
        client.close();
        server.close();
    }

    /** Raw java.net.http + Jackson. */
    @Benchmark
    public String baselineSok() throws IOException, InterruptedException {
        ObjectNode body = RaHttp.JSON.createObjectNode();
        body.putObject("pasient").put("fodselsnummer", FODSELSNUMMER);
        body.put("hjemmel", "BLARESEPTFORSKRIFTEN_3");
        body.putObject("produkt").put("produkttype", "LEGEMIDDEL").put("atcKode", "A10BJ06");
        return raHttp.post(sokUri, HttpRequest.BodyPublishers.ofByteArray(RaHttp.JSON.writeValueAsBytes(body)));
    }

    /** The SDK. */
    @Benchmark
    public VedtakSokResultat sdkSok() {
        return client.vedtak().sok(Forskrivning.builder().pasient(FODSELSNUMMER)
                .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3).produkt(Produkt.legemiddel("A10BJ06")).build());
    }

    /** An SDK client builder for the loopback server with a fixed bearer token. */
    static BlareseptClient.Builder sdkClientBuilder(Loopback server) {
        return BlareseptClient.builder().baseUri(server.baseUri()).epjSystem("Benchmark-EPJ", "1.0")
                .authentication(RequestAuthenticator.bearer(scope -> RaHttp.TOKEN));
    }
}
