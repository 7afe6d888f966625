package no.blaresept.auth.internal;

import java.util.Optional;

/**
 * A successful token endpoint answer (RFC 6749 §5.1). Holds secrets: never log it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param accessToken  the access token
 * @param tokenType    {@code DPoP} or {@code Bearer}
 * @param expiresIn    lifetime in seconds
 * @param scope        the granted scopes, space-separated, when the STS named them
 * @param refreshToken the refresh token, if any
 * @param idToken      the ID token, if any
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, Optional<String> scope,
                            Optional<String> refreshToken, Optional<String> idToken) {

    @Override
    public String toString() {
        return "TokenResponse[type=" + tokenType + ", expiresIn=" + expiresIn + ", values masked]";
    }
}
