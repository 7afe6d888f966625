package no.blaresept.sdk.spi;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * What an authenticator needs to know about one outgoing API request: the HTTP method and URI (a
 * DPoP proof binds both, RFC 9449 {@code htm}/{@code htu}) and the scope the endpoint requires.
 * Carries no body, so no personal data reaches an authenticator.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method HTTP method in upper case, e.g. {@code POST}
 * @param uri    absolute request URI
 * @param scope  the HelseID scope the endpoint requires
 */
public record ApiRequest(String method, URI uri, BlareseptScope scope) {

    /** Checks that every part is present and the URI absolute; upper-cases the method. */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(scope, "scope");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("uri must be absolute: " + uri.getPath());
        }
        method = method.toUpperCase(Locale.ROOT);
    }
}
