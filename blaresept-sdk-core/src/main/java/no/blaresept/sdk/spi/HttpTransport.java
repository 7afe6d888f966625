package no.blaresept.sdk.spi;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP exchange for the SDK. The default sends through a {@link HttpClient}; plug in another
 * to route through a proxy library or to inject faults in tests. The SDK builds the complete request
 * (URI, headers, body, per-attempt timeout) and decides about retries itself: a transport must send
 * each request exactly once and must not retry.
 *
 * <p>Failures must complete the future exceptionally with the {@link java.io.IOException} that
 * describes them: a {@link java.net.ConnectException} (or
 * {@link java.net.http.HttpConnectTimeoutException}) only when nothing was sent, because the SDK
 * treats any other failure of a {@code send} as "outcome unknown".
 *
 * <p>Implementations must be thread-safe: one instance serves every call of a shared client.
 */
@FunctionalInterface
public interface HttpTransport {

    /**
     * Sends the request and reads the whole response body.
     *
     * @param request the request, ready to send
     * @return the response, or a future failed with the I/O error
     */
    CompletableFuture<HttpResponse<byte[]>> send(HttpRequest request);

    /**
     * A transport over a {@link HttpClient}. The client's own settings (connect timeout, proxy, TLS)
     * apply; the SDK does not close a client it was given.
     *
     * @param client the client to send with
     * @return the transport
     */
    static HttpTransport of(HttpClient client) {
        Objects.requireNonNull(client, "client");
        return request -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
