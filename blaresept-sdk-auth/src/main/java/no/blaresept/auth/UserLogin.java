package no.blaresept.auth;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

/**
 * A started user login: the URL to open in the browser (it carries only {@code client_id} and the
 * PAR {@code request_uri}), the {@code state} the redirect must echo, and when the pushed request
 * expires. Keeps the PKCE code verifier and the ID token nonce for
 * {@link HelseIdTokenProvider#completeUserLogin}; neither is shown by {@link #toString()}.
 *
 * <p>Immutable and thread-safe; use it for one completion only.
 */
public final class UserLogin {

    private final URI authorizationUri;
    private final String state;
    private final Instant expiresAt;
    private final String codeVerifier;
    private final URI redirectUri;
    private final Set<String> scopes;
    private final String nonce;

    UserLogin(URI authorizationUri, String state, Instant expiresAt, String codeVerifier, URI redirectUri,
              Set<String> scopes, String nonce) {
        this.nonce = nonce;
        this.authorizationUri = authorizationUri;
        this.state = state;
        this.expiresAt = expiresAt;
        this.codeVerifier = codeVerifier;
        this.redirectUri = redirectUri;
        this.scopes = Set.copyOf(scopes);
    }

    /** The URL the EPJ opens in the user's browser. */
    public URI authorizationUri() {
        return authorizationUri;
    }

    /** The {@code state} the redirect must carry back (checked by {@code completeUserLogin}). */
    public String state() {
        return state;
    }

    /** When the pushed authorization request expires; the user must have logged in by then. */
    public Instant expiresAt() {
        return expiresAt;
    }

    String codeVerifier() {
        return codeVerifier;
    }

    URI redirectUri() {
        return redirectUri;
    }

    Set<String> scopes() {
        return scopes;
    }

    String nonce() {
        return nonce;
    }

    /** Shows the authorization URL and expiry; the PKCE verifier is masked. */
    @Override
    public String toString() {
        return "UserLogin[authorizationUri=" + authorizationUri + ", expiresAt=" + expiresAt + ", code verifier masked]";
    }
}
