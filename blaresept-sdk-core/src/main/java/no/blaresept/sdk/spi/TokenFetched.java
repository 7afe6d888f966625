package no.blaresept.sdk.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An access token was fetched from the token service. Carries never the token itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scopes    the scopes asked for
 * @param tokenType {@code DPoP} or {@code Bearer}
 * @param expiresAt when the new token expires
 * @param renewal   whether it replaces a token held before (early renewal, refresh, or after a refusal)
 * @param duration  how long the token request took
 */
public record TokenFetched(Set<String> scopes, String tokenType, Instant expiresAt, boolean renewal,
                           Duration duration) {

    /** Checks presence and copies the scopes. */
    public TokenFetched {
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
        Objects.requireNonNull(tokenType, "tokenType");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(duration, "duration");
    }
}
