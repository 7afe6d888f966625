package no.blaresept.sdk.spi;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What an authenticator needs to know about one outgoing API request: the HTTP method and URI (a
 * DPoP proof binds both, RFC 9449 {@code htm}/{@code htu}) and the scope the endpoint requires.
 * Carries no body, so no personal data reaches an authenticator. The deadline is the calling
 * operation's total deadline: getting a token counts against it, so an authenticator that waits (for
 * an STS, for another thread's token request) must stop waiting when it passes or when the thread is
 * interrupted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method HTTP method in upper case, e.g. {@code POST}
 * @param uri    absolute request URI
 * @param scope    the HelseID scope the endpoint requires
 * @param deadline when the calling operation's total time runs out (system UTC clock);
 *                 {@link Instant#MAX} when it has none
 */
public record ApiRequest(String method, URI uri, BlareseptScope scope, Instant deadline) {

    /** Checks that every part is present and the URI absolute; upper-cases the method. */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(deadline, "deadline");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("uri must be absolute: " + uri.getPath());
        }
        method = method.toUpperCase(Locale.ROOT);
    }

    /** A request with no deadline of its own ({@link Instant#MAX}). */
    public ApiRequest(String method, URI uri, BlareseptScope scope) {
        this(method, uri, scope, Instant.MAX);
    }
}
