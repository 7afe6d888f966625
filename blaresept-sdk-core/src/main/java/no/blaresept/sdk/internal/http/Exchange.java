package no.blaresept.sdk.internal.http;

import java.util.Objects;
import java.util.Optional;
import no.blaresept.sdk.internal.wire.Endpoint;
import org.jspecify.annotations.Nullable;

/**
 * One call to make: the endpoint, what to append to its path, the query, the body and the media type
 * expected back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param endpoint   method, path, scope and idempotency
 * @param pathSuffix already-encoded text appended to the path (the status reference), or empty
 * @param query      already-encoded query string without {@code ?}, or {@code null}
 * @param body       the request body, or {@code null} for GET
 * @param accept     the media type of a successful answer
 */
public record Exchange(Endpoint endpoint, String pathSuffix, @Nullable String query, @Nullable RequestBody body,
                       String accept) {

    /** JSON in both directions, the common case. */
    public static final String JSON = "application/json";

    /** Checks presence. */
    public Exchange {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(pathSuffix, "pathSuffix");
        Objects.requireNonNull(accept, "accept");
    }

    /** A POST of a JSON body expecting JSON back. */
    public static Exchange postJson(Endpoint endpoint, RequestBody body) {
        return new Exchange(endpoint, "", null, body, JSON);
    }

    /** The path the request goes to. */
    public String path() {
        return endpoint.path() + pathSuffix;
    }

    /** The query, if any. */
    public Optional<String> queryString() {
        return Optional.ofNullable(query);
    }

    /** Method and path, for messages and logs: never a body, never a query value. */
    public String describe() {
        return endpoint.method() + " " + path();
    }
}
