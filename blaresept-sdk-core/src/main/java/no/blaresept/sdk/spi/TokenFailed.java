package no.blaresept.sdk.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A token request failed. Carries the OAuth error code, never its description (it may quote the
 * request) or any credential.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scopes     the scopes asked for
 * @param renewal    whether a token was held before
 * @param oauthError the token service's OAuth error code, e.g. {@code invalid_client}, when it gave one
 * @param error      the simple class name of the exception, e.g. {@code HelseIdException}
 * @param duration   how long the failed request took
 */
public record TokenFailed(Set<String> scopes, boolean renewal, Optional<String> oauthError, String error,
                          Duration duration) {

    /** Checks presence and copies the scopes. */
    public TokenFailed {
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
        Objects.requireNonNull(oauthError, "oauthError");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(duration, "duration");
    }
}
