package no.blaresept.testkit.helseid.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.blaresept.testkit.helseid.MockHelseIdUser;

/**
 * The mock's token endpoint: authenticates the client, checks the DPoP proof (and nonce when
 * demanded), then serves the client credentials, authorization code (PKCE S256, redirect URI and
 * DPoP key binding checked) and refresh token (rotating) grants. Tokens are DPoP-bound
 * ({@code cnf.jkt}) whenever a proof was sent. Thread-safe.
 */
public final class TokenEndpoint {

    private static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

    private final AssertionVerifier assertions;
    private final ProofVerifier proofs;
    private final TokenIssuer issuer;
    private final Grants grants;
    private final StsSettings settings;
    private final String stsNonce;
    private final Clock clock;
    private final AtomicInteger issued = new AtomicInteger();

    /**
     * @param assertions client authentication
     * @param proofs     DPoP proof checks
     * @param issuer     token signing
     * @param grants     codes and refresh tokens
     * @param settings   nonce and lifetime switches
     * @param stsNonce   the nonce the STS hands out
     * @param clock      the mock's clock
     */
    public TokenEndpoint(AssertionVerifier assertions, ProofVerifier proofs, TokenIssuer issuer, Grants grants,
                         StsSettings settings, String stsNonce, Clock clock) {
        this.assertions = assertions;
        this.proofs = proofs;
        this.issuer = issuer;
        this.grants = grants;
        this.settings = settings;
        this.stsNonce = stsNonce;
        this.clock = clock;
    }

    /** How many access tokens were issued. */
    public int issued() {
        return issued.get();
    }

    /** Checks the client and its proof for a token or PAR request; returns the client and proof key. */
    Map.Entry<AssertionVerifier.Authenticated, Optional<String>> authenticate(Map<String, String> form,
                                                                             Optional<String> dpop, URI uri) {
        AssertionVerifier.Authenticated a = assertions.authenticate(form);
        Optional<String> nonce = settings.stsNonceRequired() ? Optional.of(stsNonce) : Optional.empty();
        Optional<String> jkt = dpop.isPresent() || a.client().requireDpop()
                ? Optional.of(proofs.verify(dpop, "POST", uri, Optional.empty(), nonce, "invalid_dpop_proof"))
                : Optional.empty();
        return Map.entry(a, jkt);
    }

    /**
     * Serves one token request.
     *
     * @param form the form fields
     * @param dpop the DPoP header, if sent
     * @param uri  the URI the request was sent to
     * @return the answer
     */
    public StsAnswer handle(Map<String, String> form, Optional<String> dpop, URI uri) {
        Map.Entry<AssertionVerifier.Authenticated, Optional<String>> auth = authenticate(form, dpop, uri);
        RegisteredClient client = auth.getKey().client();
        Optional<String> jkt = auth.getValue();
        String grantType = form.getOrDefault("grant_type", "");
        return switch (grantType) {
            case "client_credentials" -> {
                String scope = form.getOrDefault("scope", "");
                requireAllowed(client, scope);
                yield tokens(client.clientId(), scope, jkt, auth.getKey().assertionDetails(), Map.of(), Optional.empty(), false);
            }
            case "authorization_code" -> redeemCode(form, client, jkt);
            case "refresh_token" -> refresh(form, client, jkt);
            default -> throw OAuthError.of("unsupported_grant_type", "grant_type " + grantType + " is not supported");
        };
    }

    private StsAnswer redeemCode(Map<String, String> form, RegisteredClient client, Optional<String> jkt) {
        Grants.Grant g = grants.takeCode(form.getOrDefault("code", ""), clock.instant())
                .orElseThrow(() -> OAuthError.of("invalid_grant", "authorization code is unknown, used or expired"));
        if (!g.clientId().equals(client.clientId()) || !g.redirectUri().equals(form.get("redirect_uri"))) {
            throw OAuthError.of("invalid_grant", "authorization code was issued to another client or redirect_uri");
        }
        String verifier = form.getOrDefault("code_verifier", "");
        if (verifier.isEmpty() || !ProofVerifier.sha256(verifier).equals(g.codeChallenge())) {
            throw OAuthError.of("invalid_grant", "PKCE verification failed: code_verifier does not match code_challenge");
        }
        if (g.dpopJkt().isPresent() && !g.dpopJkt().equals(jkt)) {
            throw OAuthError.of("invalid_grant", "authorization code is bound to another DPoP key (dpop_jkt)");
        }
        return tokens(client.clientId(), g.scope(), jkt, g.assertionDetails(), userClaims(), Optional.of(g), true);
    }

    private StsAnswer refresh(Map<String, String> form, RegisteredClient client, Optional<String> jkt) {
        Grants.Grant g = grants.takeRefreshToken(form.getOrDefault("refresh_token", ""))
                .orElseThrow(() -> OAuthError.of("invalid_grant", "refresh token is unknown or was already used"));
        if (!g.clientId().equals(client.clientId()) || !g.dpopJkt().equals(jkt)) {
            throw OAuthError.of("invalid_grant", "refresh token belongs to another client or DPoP key");
        }
        return tokens(client.clientId(), g.scope(), jkt, g.assertionDetails(), userClaims(), Optional.of(g), false);
    }

    private Map<String, Object> userClaims() {
        return Map.of("sub", settings.user().subject(), "helseid://claims/identity/security_level", "4");
    }

    /** The ID token for a code redemption that asked for {@code openid}: HelseID's identity claims, {@code name} with {@code profile}. */
    private String idToken(String clientId, Grants.Grant g, String accessToken) {
        List<String> scopes = List.of(g.scope().split(" "));
        MockHelseIdUser user = settings.user();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("helseid://claims/identity/security_level", "4");
        claims.put("helseid://claims/identity/pid", user.pid());
        claims.put("helseid://claims/hpr/hpr_number", user.hprNumber());
        if (scopes.contains("profile")) {
            claims.put("name", user.name());
        }
        g.nonce().ifPresent(n -> claims.put("nonce", n));
        return issuer.idToken(clientId, user.subject(), claims, accessToken);
    }

    private StsAnswer tokens(String clientId, String scope, Optional<String> jkt, Optional<Object> details,
                             Map<String, Object> userClaims, Optional<Grants.Grant> userGrant, boolean codeRedemption) {
        Map<String, Object> claims = new LinkedHashMap<>(userClaims);
        claims.putAll(OrganisationClaims.from(details));
        Duration lifetime = settings.tokenLifetime();
        Map<String, Object> body = new LinkedHashMap<>();
        String accessToken = issuer.issue(clientId, scope, jkt, claims, lifetime);
        body.put("access_token", accessToken);
        body.put("token_type", jkt.isPresent() ? "DPoP" : "Bearer");
        body.put("expires_in", lifetime.toSeconds());
        body.put("scope", scope);
        if (codeRedemption && List.of(scope.split(" ")).contains("openid")) {
            body.put("id_token", idToken(clientId, userGrant.get(), accessToken));
        }
        if (userGrant.isPresent() && List.of(scope.split(" ")).contains("offline_access")) {
            String refreshToken = UUID.randomUUID().toString();
            Instant far = clock.instant().plus(Duration.ofDays(1));
            Grants.Grant g = userGrant.get();
            grants.refreshToken(refreshToken, new Grants.Grant(clientId, g.redirectUri(), g.codeChallenge(), scope,
                    g.state(), jkt, details, Optional.empty(), far));
            body.put("refresh_token", refreshToken);
        }
        issued.incrementAndGet();
        return Json.answer(200, body, settings.stsNonceRequired() ? Optional.of(stsNonce) : Optional.empty());
    }

    static void requireAllowed(RegisteredClient client, String scope) {
        List<String> asked = Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).toList();
        if (asked.isEmpty()) {
            throw OAuthError.of("invalid_scope", "scope is missing");
        }
        for (String s : asked) {
            if (!client.allowedScopes().contains(s)) {
                throw OAuthError.of("invalid_scope", "client is not allowed scope " + s);
            }
        }
    }

    /** The code lifetime for the authorization endpoint. */
    static Duration codeLifetime() {
        return CODE_LIFETIME;
    }
}
