package no.blaresept.benchmarks.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * The baselines' hand-written client: raw {@code java.net.http} + Jackson, configured like the SDK's
 * own client for a plain-http base URL (HTTP/1.1, no redirects, 5 s connect timeout) and sending the
 * same headers, so that the two differ only in what the SDK adds.
 *
 * <p>Thread-safe.
 */
final class RaHttp {

    static final String TOKEN = "bench-token";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    /** POSTs the body and returns the answer's {@code utfall}. */
    String post(URI uri, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", "Bearer " + TOKEN).header("User-Agent", "raw-baseline/1.0")
                .header("X-Correlation-ID", UUID.randomUUID().toString())
                .POST(body).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("loopback answered " + response.statusCode());
        }
        JsonNode svar = JSON.readTree(response.body());
        return svar.get("utfall").asText();
    }
}
