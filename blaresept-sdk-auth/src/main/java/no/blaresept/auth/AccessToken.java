package no.blaresept.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An access token from HelseID with what the SDK knows about it: type ({@code DPoP} or
 * {@code Bearer}), granted scopes, when it was obtained and when it expires, and the DPoP key
 * thumbprint it is bound to. The token value is a secret: {@link #toString()} never shows it.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccessToken {

    private final String value;
    private final String type;
    private final Set<String> scopes;
    private final Instant obtainedAt;
    private final Instant expiresAt;
    private final Optional<String> dpopThumbprint;

    /**
     * @param value          the token itself
     * @param type           {@code DPoP} or {@code Bearer}
     * @param scopes         granted scopes
     * @param obtainedAt     when the STS answered
     * @param expiresAt      when the token expires
     * @param dpopThumbprint the DPoP key thumbprint the token is bound to, if DPoP-bound
     */
    public AccessToken(String value, String type, Set<String> scopes, Instant obtainedAt, Instant expiresAt,
                       Optional<String> dpopThumbprint) {
        this.value = Objects.requireNonNull(value, "value");
        this.type = Objects.requireNonNull(type, "type");
        this.scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
        this.obtainedAt = Objects.requireNonNull(obtainedAt, "obtainedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.dpopThumbprint = Objects.requireNonNull(dpopThumbprint, "dpopThumbprint");
        if (value.isBlank()) {
            throw new IllegalArgumentException("access token must not be blank");
        }
    }

    /** The token value, for an {@code Authorization} header. A secret: never log it. */
    public String value() {
        return value;
    }

    /** {@code DPoP} for a DPoP-bound token, otherwise {@code Bearer}. */
    public String type() {
        return type;
    }

    /** Whether the token is DPoP-bound and must be sent with a proof. */
    public boolean isDpopBound() {
        return dpopThumbprint.isPresent();
    }

    /** The scopes granted, as the STS reported them (or as requested when it did not). */
    public Set<String> scopes() {
        return scopes;
    }

    /** When the token was obtained. */
    public Instant obtainedAt() {
        return obtainedAt;
    }

    /** When the token expires. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The thumbprint ({@code jkt}) of the DPoP key the token is bound to. */
    public Optional<String> dpopThumbprint() {
        return dpopThumbprint;
    }

    /** Shows type, scopes and expiry; the token value is masked. */
    @Override
    public String toString() {
        return "AccessToken[type=" + type + ", scopes=" + scopes + ", expiresAt=" + expiresAt
                + dpopThumbprint.map(t -> ", jkt=" + t).orElse("") + ", value masked]";
    }
}
