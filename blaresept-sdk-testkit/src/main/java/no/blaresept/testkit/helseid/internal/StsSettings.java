package no.blaresept.testkit.helseid.internal;

import java.time.Duration;

/** What a test has switched on the mock STS; changed between requests, read by request threads. Thread-safe. */
public final class StsSettings {

    private volatile boolean stsNonceRequired;
    private volatile boolean apiNonceRequired;
    private volatile Duration tokenLifetime = Duration.ofMinutes(60);

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
