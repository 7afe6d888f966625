package no.blaresept.auth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import no.blaresept.auth.HelseIdException;

/**
 * The HTTP exchanges with an STS on {@code java.net.http}: GET of JSON documents and form POSTs.
 * Each exchange, body included, ends within the request timeout: the JDK's own timeout stops at the
 * response headers, so a body that stalls after them would otherwise block for as long as the STS
 * keeps the connection open. An exchange is abandoned (and its connection cancelled) on timeout or
 * when the waiting thread is interrupted. Turns transport failures, timeouts and non-JSON answers
 * into {@link HelseIdException}s that name the endpoint, never a request body (it holds the client
 * assertion); outages are retryable. Thread-safe.
 */
public final class StsHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration timeout;

    /**
     * @param client  the HTTP client
     * @param timeout per-request timeout
     */
    public StsHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** An STS answer: status, parsed JSON body (empty object when not JSON) and the DPoP-Nonce header. */
    public record Answer(int status, JsonNode body, Optional<String> dpopNonce) {

        /** Whether the status is 2xx. */
        public boolean ok() {
            return status / 100 == 2;
        }

        /** A string field of the body. */
        public Optional<String> text(String field) {
            JsonNode n = body.get(field);
            return n != null && n.isValueNode() ? Optional.of(n.asText()) : Optional.empty();
        }
    }

    /** GETs a JSON document that must answer 200. */
    public JsonNode getJson(URI uri, String what) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
        Answer a = send(request, what);
        if (!a.ok()) {
            throw new HelseIdException(what + " answered HTTP " + a.status() + ": " + uri,
                    a.text("error").orElse(null), a.text("error_description").orElse(null), a.status(), null,
                    isOutage(a));
        }
        return a.body();
    }

    /** POSTs a form, with extra headers (the DPoP proof), and returns the answer whatever its status. */
    public Answer postForm(URI uri, Map<String, String> form, Map<String, String> headers, String what) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b.build(), what);
    }

    /** Whether an STS answer means an outage rather than a refusal: 5xx, 429 or {@code temporarily_unavailable}. */
    public static boolean isOutage(Answer a) {
        return a.status() >= 500 || a.status() == 429
                || a.text("error").filter("temporarily_unavailable"::equals).isPresent();
    }

    private Answer send(HttpRequest request, String what) {
        CompletableFuture<HttpResponse<String>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response;
        try {
            response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(request, what, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw HelseIdException.unavailable(what + " was interrupted: " + request.uri(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(request, what, cause);
            }
            throw HelseIdException.unavailable(what + " failed to reach the STS (" + cause.getClass().getSimpleName()
                    + "): " + request.uri(), cause);
        }
        return new Answer(response.statusCode(), parse(response.body()),
                response.headers().firstValue("DPoP-Nonce"));
    }

    /** Our deadline and the JDK's (which covers connect and headers) end the same way. */
    private HelseIdException timedOut(HttpRequest request, String what, Throwable cause) {
        return HelseIdException.unavailable(what + " got no complete answer within " + timeout
                + " (HelseIdConfig requestTimeout): " + request.uri(), cause);
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n != null && n.isObject() ? n : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
