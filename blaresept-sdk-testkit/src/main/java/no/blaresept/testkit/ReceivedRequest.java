package no.blaresept.testkit;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request the mock received, in arrival order, for assertions ({@link BlareseptMockAssert}).
 * The body holds patient data; {@code toString()} shows only method and path.
 *
 * <p>Immutable and thread-safe.
 *
 * @param endepunkt the endpoint, empty for a path outside the API
 * @param method    HTTP method, upper case
 * @param url       the URL as received (path and query)
 * @param headers   headers, case-insensitive keys
 * @param body      the body as text (UTF-8), empty for none
 */
public record ReceivedRequest(Optional<ApiEndpoint> endepunkt, String method, URI url,
                                 Map<String, List<String>> headers, String body) {

    /** Copies headers into a case-insensitive unmodifiable map. */
    public ReceivedRequest {
        Objects.requireNonNull(endepunkt, "endepunkt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = Collections.unmodifiableMap(copy);
    }

    /** The first value of a header, if present (case-insensitive). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Method and path only: the body and headers carry patient data and tokens. */
    @Override
    public String toString() {
        return "ReceivedRequest[" + method + " " + url.getPath() + "]";
    }
}
