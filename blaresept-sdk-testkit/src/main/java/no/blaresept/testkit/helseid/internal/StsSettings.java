package no.blaresept.testkit.helseid.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import no.blaresept.testkit.helseid.MockHelseIdUser;
import org.jspecify.annotations.Nullable;

/** What a test has switched on the mock STS; changed between requests, read by request threads. Thread-safe. */
public final class StsSettings {

    private volatile boolean stsNonceRequired;
    private volatile boolean apiNonceRequired;
    private volatile Duration tokenLifetime = Duration.ofMinutes(60);
    private volatile Optional<String> redirectIssuer;
    private volatile @Nullable URI advertisedTokenEndpoint;
    private volatile MockHelseIdUser user = MockHelseIdUser.standard();

    /** @param issuer the mock's issuer, which redirects name by default */
    public StsSettings(String issuer) {
        this.redirectIssuer = Optional.of(issuer);
    }

    /** The {@code iss} the authorization redirect names; empty: none. */
    public Optional<String> redirectIssuer() {
        return redirectIssuer;
    }

    /** Sets the {@code iss} the authorization redirect names; empty: none. */
    public void redirectIssuer(Optional<String> iss) {
        this.redirectIssuer = iss;
    }

    /** The token endpoint discovery names instead of the mock's own, if set. */
    public Optional<URI> advertisedTokenEndpoint() {
        return Optional.ofNullable(advertisedTokenEndpoint);
    }

    /** Makes discovery name another token endpoint. */
    public void advertisedTokenEndpoint(URI endpoint) {
        this.advertisedTokenEndpoint = endpoint;
    }

    /** The user logins are for. */
    public MockHelseIdUser user() {
        return user;
    }

    /** Sets the user logins are for. */
    public void user(MockHelseIdUser user) {
        this.user = user;
    }

    /** Whether the token and PAR endpoints demand a DPoP nonce. */
    public boolean stsNonceRequired() {
        return stsNonceRequired;
    }

    /** Sets whether the token and PAR endpoints demand a DPoP nonce. */
    public void stsNonceRequired(boolean required) {
        this.stsNonceRequired = required;
    }

    /** Whether the API check demands a DPoP nonce. */
    public boolean apiNonceRequired() {
        return apiNonceRequired;
    }

    /** Sets whether the API check demands a DPoP nonce. */
    public void apiNonceRequired(boolean required) {
        this.apiNonceRequired = required;
    }

    /** Lifetime of issued access tokens. */
    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** Sets the lifetime of issued access tokens. */
    public void tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
    }
}
