package no.blaresept.testkit.helseid.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What the mock STS remembers between requests of the authorization code flow: pushed requests by
 * {@code request_uri}, codes, and refresh tokens. Each is single-use (codes and rotated refresh
 * tokens are removed when redeemed). Thread-safe.
 */
public final class Grants {

    /**
     * A pushed authorization request, then the code issued for it, then a refresh token: the same facts travel on.
     *
     * @param clientId         the client
     * @param redirectUri      the redirect URI
     * @param codeChallenge    the PKCE S256 challenge
     * @param scope            the scopes asked for
     * @param state            the client's state
     * @param dpopJkt          the DPoP key the code is bound to, if any
     * @param assertionDetails the organisation context
     * @param nonce            the login's ID token nonce, if sent
     * @param expiresAt        when this step expires
     */
    public record Grant(String clientId, String redirectUri, String codeChallenge, String scope, String state,
                        Optional<String> dpopJkt, Optional<Object> assertionDetails, Optional<String> nonce,
                        Instant expiresAt) {

        Grant until(Instant newExpiry) {
            return new Grant(clientId, redirectUri, codeChallenge, scope, state, dpopJkt, assertionDetails, nonce, newExpiry);
        }
    }

    private final ConcurrentMap<String, Grant> pushed = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Grant> codes = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    /** Stores a pushed request under its {@code request_uri}. */
    public void push(String requestUri, Grant grant) {
        pushed.put(requestUri, grant);
    }

    /** Takes a pushed request (single use) if it is still valid. */
    public Optional<Grant> takePushed(String requestUri, Instant now) {
        return Optional.ofNullable(pushed.remove(requestUri)).filter(g -> g.expiresAt().isAfter(now));
    }

    /** Stores a code. */
    public void code(String code, Grant grant, Instant expiresAt) {
        codes.put(code, grant.until(expiresAt));
    }

    /** Takes a code (single use) if it is still valid. */
    public Optional<Grant> takeCode(String code, Instant now) {
        return Optional.ofNullable(codes.remove(code)).filter(g -> g.expiresAt().isAfter(now));
    }

    /** Stores a refresh token. */
    public void refreshToken(String token, Grant grant) {
        refreshTokens.put(token, grant);
    }

    /** Takes a refresh token (rotation: it is used up). */
    public Optional<Grant> takeRefreshToken(String token) {
        return Optional.ofNullable(refreshTokens.remove(token));
    }
}
