package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import no.blaresept.sdk.spi.HttpTransport;

/**
 * The default transport: {@link HttpClient#send} on the calling thread — {@code sendAsync} hands every
 * answer to another thread, which on a two-core machine costs more than the round trip itself — with
 * the answer streamed into the engine's body handler (read up to its cap, or into a file). Thread-safe.
 */
public final class JdkTransport implements HttpTransport {

    private final HttpClient client;

    /** A transport over {@code client}. */
    public JdkTransport(HttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Streams the answer into {@code handler} as it arrives, so its cap and file writing see every piece. */
    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return client.send(request, handler);
    }
}
