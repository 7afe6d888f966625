package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import no.blaresept.sdk.ResponseLimits;
import no.blaresept.sdk.spi.HttpTransport;

/**
 * The default transport: {@link HttpClient#send} on the calling thread — {@code sendAsync} hands every
 * answer to another thread, which on a two-core machine costs more than the round trip itself — with
 * the answer read up to the engine's cap. Thread-safe.
 */
public final class JdkTransport implements HttpTransport {

    private final HttpClient client;

    /** A transport over {@code client}. */
    public JdkTransport(HttpClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return send(request, ResponseLimits.MAX);
    }

    /** Sends and reads at most {@code cap} bytes of answer, failing with an IOException caused by {@link CappedBody.TooLarge}. */
    HttpResponse<byte[]> send(HttpRequest request, long cap) throws IOException, InterruptedException {
        return client.send(request, CappedBody.handler(cap));
    }
}
