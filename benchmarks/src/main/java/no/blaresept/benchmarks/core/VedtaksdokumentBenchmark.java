package no.blaresept.benchmarks.core;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.spi.RequestAuthenticator;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.sdk.vedtak.Vedtaksdokument;
import no.blaresept.sdk.vedtak.Vedtaksdokumentfil;
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
 * An 8 MB decision letter fetched on loopback: the SDK streaming it into a file (temporary file, cap
 * and SHA-256 while it arrives, flushed to disk, moved into place) and the SDK reading it into memory,
 * against raw {@code java.net.http} writing the same answer straight into a file
 * ({@code BodyHandlers.ofFile}). With {@code -prof gc} the allocation per fetch shows whether the
 * letter was ever held whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VedtaksdokumentBenchmark {

    static final String DOKUMENT = "/api/blaresept/vedtak/getVedtaksdokument";
    static final int STORRELSE = 8 << 20;

    private HttpServer server;
    private BlareseptClient client;
    private HttpClient raw;
    private URI uri;
    private Path mappe;

    /** Starts a server answering the letter, the SDK client and the raw client. */
    @Setup
    public void oppsett() throws IOException {
        byte[] brev = new byte[STORRELSE];
        new Random(42).nextBytes(brev);
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, brev, 0, 9);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(DOKUMENT, exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange.getResponseHeaders().set("Content-Disposition", "inline; filename=\"vedtak.pdf\"");
            exchange.sendResponseHeaders(200, brev.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(brev);
            }
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        client = BlareseptClient.builder().baseUri(base).epjSystem("Benchmark-EPJ", "1.0")
                .authentication(RequestAuthenticator.bearer(scope -> RaHttp.TOKEN)).build();
        raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        uri = base.resolve(DOKUMENT + "?dokumentreferanse=DOK-42");
        mappe = Files.createTempDirectory("vedtaksdokument-benchmark");
    }

    /** Stops the clients and the server, deletes the files. */
    @TearDown
    public void rydd() throws IOException {
        client.close();
        server.stop(0);
        try (var filer = Files.list(mappe)) {
            filer.forEach(f -> f.toFile().delete());
        }
        Files.delete(mappe);
    }

    /** Raw java.net.http straight into a file. */
    @Benchmark
    public Path baselineTilFil() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/pdf").header("Authorization", "Bearer " + RaHttp.TOKEN)
                .header("User-Agent", "raw-baseline/1.0").header("X-Correlation-ID", UUID.randomUUID().toString())
                .GET().build();
        HttpResponse<Path> response = raw.send(request, HttpResponse.BodyHandlers.ofFile(mappe.resolve("raw.pdf")));
        if (response.statusCode() != 200) {
            throw new UncheckedIOException(new IOException("loopback answered " + response.statusCode()));
        }
        return response.body();
    }

    /** The SDK, streamed into a file. */
    @Benchmark
    public Vedtaksdokumentfil sdkTilFil() {
        return client.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"), mappe.resolve("sdk.pdf"));
    }

    /** The SDK, into memory. */
    @Benchmark
    public Vedtaksdokument sdkIMinne() {
        return client.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"));
    }
}
