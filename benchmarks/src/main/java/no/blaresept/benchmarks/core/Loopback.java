package no.blaresept.benchmarks.core;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A lean HTTP/1.1 server on 127.0.0.1 and a random port that reads each request body to the end and
 * answers one fixed JSON body. The JDK's own server rather than the testkit's WireMock: its cost
 * per request is small and the same for the SDK and the baseline, so the SDK's own overhead shows.
 *
 * <p>Thread-safe; serves one request at a time on its dispatcher thread, as the benchmarks run one
 * thread.
 */
final class Loopback implements AutoCloseable {

    static {
        // Without TCP_NODELAY the server's separate header and body writes meet the client's delayed
        // ACK: every round trip would then take ~40 ms and hide everything else. Read once, at the
        // first server's start.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;

    private Loopback(HttpServer server) {
        this.server = server;
    }

    /** Starts the server; every request to {@code path} gets {@code svar} as {@code application/json}. */
    static Loopback start(String path, String svar) {
        byte[] body = svar.getBytes(StandardCharsets.UTF_8);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(path, exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new Loopback(server);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the loopback server", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
