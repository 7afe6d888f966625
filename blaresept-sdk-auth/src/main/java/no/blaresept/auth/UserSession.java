package no.blaresept.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.blaresept.auth.internal.HelseIdEngine;
import no.blaresept.auth.internal.TokenResponse;
import no.blaresept.auth.internal.TokenSlot;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AuthChallenge;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.RequestAuthenticator;

/**
 * A logged-in user's identity and tokens (authorization code flow): who logged in
 * ({@link #identity()}, from the validated ID token) and the access token, renewed early and
 * single-flight with the refresh token (when the login asked for one), which is replaced whenever
 * the STS rotates it. Plug it into
 * {@code BlareseptClient.builder().authentication(session)} for user-level calls (T-2.2, T-2.4).
 *
 * <p>Thread-safe; share it for the user's session.
 */
public final class UserSession implements RequestAuthenticator {

    private final HelseIdEngine engine;
    private final Optional<OrganisationContext> organisation;
    private final Set<String> scopes;
    /** Written only by a refresh, which the token slot runs one at a time; volatile for the readers. */
    private volatile Optional<String> refreshToken;
    private final TokenSlot slot;
    private final Brukeridentitet identity;

    UserSession(HelseIdEngine engine, Optional<OrganisationContext> organisation, Set<String> scopes,
                TokenResponse first, Brukeridentitet identity) {
        this.identity = identity;
        this.engine = engine;
        this.organisation = organisation;
        this.scopes = Set.copyOf(scopes);
        this.refreshToken = first.refreshToken();
        this.slot = engine.newSlot(this.scopes, this::refresh, engine.toAccessToken(first, scopes));
    }

    /** Who logged in, from the validated ID token; its {@code toString()} masks personal data. */
    public Brukeridentitet identity() {
        return identity;
    }

    /**
     * The current access token, refreshed when due.
     *
     * @return the token
     * @throws HelseIdException when the token expired and cannot be refreshed (log in again)
     */
    public AccessToken accessToken() {
        return slot.get();
    }

    /** Whether the session holds a refresh token (the login asked for {@code offline_access}). */
    public boolean canRefresh() {
        return refreshToken.isPresent();
    }

    /**
     * The user's token for this request; fails when the login did not ask for the endpoint's scope.
     * Waiting for a refresh counts against the request's deadline.
     *
     * @throws HelseIdException retryable when no token came before the deadline or the thread was
     *                          interrupted (its interrupt flag stays set)
     */
    @Override
    public AuthorizationHeaders authorize(ApiRequest request) {
        Objects.requireNonNull(request, "request");
        AccessToken token = slot.get(request.deadline());
        if (!token.scopes().contains(request.scope().value())) {
            throw new HelseIdException("user token lacks scope " + request.scope().value()
                    + "; add it to the UserLoginRequest scopes and log in again");
        }
        return engine.headers(request.method(), request.uri(), token);
    }

    /** Remembers an API's DPoP nonce, or drops a refused token so the next call refreshes it. */
    @Override
    public boolean onChallenge(ApiRequest request, AuthChallenge challenge) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(challenge, "challenge");
        return engine.onChallenge(request, challenge, slot::invalidate) && canRefresh();
    }

    private AccessToken refresh() {
        String current = refreshToken.orElseThrow(() -> new HelseIdException(
                "user token expired and the session has no refresh token; log the user in again"));
        TokenResponse r = engine.tokenRequest(organisation, "refresh token request", () -> new LinkedHashMap<>(
                Map.of("grant_type", "refresh_token", "refresh_token", current)));
        r.refreshToken().ifPresent(rotated -> refreshToken = Optional.of(rotated));
        return engine.toAccessToken(r, scopes);
    }

    @Override
    public String toString() {
        return "UserSession[" + identity + ", scopes=" + scopes + ", refreshable=" + canRefresh() + ", tokens masked]";
    }
}
