package no.blaresept.sdk.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A response made up by a test transport: no network, so fuzzing runs tens of thousands of answers quickly. */
record FakeResponse(HttpRequest request, int statusCode, HttpHeaders headers, byte[] body) implements HttpResponse<byte[]> {

    static FakeResponse of(HttpRequest request, int status, Map<String, List<String>> headers, byte[] body) {
        return new FakeResponse(request, status, HttpHeaders.of(headers, (name, value) -> true), body);
    }

    @Override
    public Optional<HttpResponse<byte[]>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return request.uri();
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
