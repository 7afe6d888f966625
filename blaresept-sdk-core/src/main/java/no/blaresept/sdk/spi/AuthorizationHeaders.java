package no.blaresept.sdk.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The headers that authenticate one request, typically {@code Authorization: DPoP <token>} plus a
 * {@code DPoP} proof, or {@code Authorization: Bearer <token>}. The values are secrets:
 * {@link #toString()} names the headers but never shows their values, and a value that is not
 * visible ASCII (CR, LF, space, a non-ASCII character) is refused without being echoed.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuthorizationHeaders {

    private final Map<String, String> headers;

    private AuthorizationHeaders(Map<String, String> headers) {
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /**
     * Headers for a DPoP-bound token (RFC 9449): {@code Authorization: DPoP <token>} and the proof.
     *
     * @param accessToken the DPoP-bound access token
     * @param proof       the DPoP proof JWT for this very request
     */
    public static AuthorizationHeaders dpop(String accessToken, String proof) {
        requireValue(accessToken, "accessToken");
        requireValue(proof, "proof");
        return new AuthorizationHeaders(Map.of("Authorization", "DPoP " + accessToken, "DPoP", proof));
    }

    /** Headers for a plain bearer token (RFC 6750): {@code Authorization: Bearer <token>}. */
    public static AuthorizationHeaders bearer(String accessToken) {
        requireValue(accessToken, "accessToken");
        return new AuthorizationHeaders(Map.of("Authorization", "Bearer " + accessToken));
    }

    /** All headers to set, by name; unmodifiable. */
    public Map<String, String> asMap() {
        return headers;
    }

    /**
     * Tokens (RFC 6750 {@code b64token}) and JWTs are visible ASCII without spaces; anything else would
     * be refused by the HTTP client with the whole value in its message, or split the header.
     * The error gives the position, never the value: it is a secret.
     */
    private static void requireValue(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new IllegalArgumentException(name + " holds a character an HTTP header cannot carry, at position "
                        + i + " of " + value.length() + " (value not shown)");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthorizationHeaders other && headers.equals(other.headers);
    }

    @Override
    public int hashCode() {
        return headers.hashCode();
    }

    /** Names the headers only; their values are secrets. */
    @Override
    public String toString() {
        return "AuthorizationHeaders" + headers.keySet() + " (values masked)";
    }
}
