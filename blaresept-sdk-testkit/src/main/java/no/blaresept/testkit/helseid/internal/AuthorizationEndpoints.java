package no.blaresept.testkit.helseid.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The mock's pushed authorization request endpoint (RFC 9126, with PKCE S256 required as FAPI 2.0
 * asks) and its authorization endpoint, which accepts only a pushed {@code request_uri} and, standing
 * in for the user's level-4 login, redirects straight back with a code, the state and {@code iss}
 * (RFC 9207). Thread-safe.
 */
public final class AuthorizationEndpoints {

    private static final Duration REQUEST_URI_LIFETIME = Duration.ofSeconds(60);

    private final TokenEndpoint tokens;
    private final Grants grants;
    private final Clock clock;
    private final StsSettings settings;

    /**
     * @param tokens   client and proof checks are shared with the token endpoint
     * @param grants   pushed requests and codes
     * @param settings which {@code iss} the redirect names
     * @param clock    the mock's clock
     */
    public AuthorizationEndpoints(TokenEndpoint tokens, Grants grants, StsSettings settings, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.grants = grants;
        this.clock = clock;
    }

    /**
     * Serves a pushed authorization request.
     *
     * @param form the form fields
     * @param dpop the DPoP header, if sent
     * @param uri  the PAR endpoint URI
     * @return 201 with {@code request_uri} and {@code expires_in}
     */
    public StsAnswer par(Map<String, String> form, Optional<String> dpop, URI uri) {
        Map.Entry<AssertionVerifier.Authenticated, Optional<String>> auth = tokens.authenticate(form, dpop, uri);
        if (!"code".equals(form.get("response_type"))) {
            throw OAuthError.of("invalid_request", "response_type must be code");
        }
        String redirect = require(form, "redirect_uri");
        String challenge = require(form, "code_challenge");
        if (!"S256".equals(form.get("code_challenge_method"))) {
            throw OAuthError.of("invalid_request", "code_challenge_method must be S256");
        }
        String scope = require(form, "scope");
        TokenEndpoint.requireAllowed(auth.getKey().client(), scope);
        Optional<String> dpopJkt = Optional.ofNullable(form.get("dpop_jkt"));
        if (dpopJkt.isPresent() && auth.getValue().isPresent() && !dpopJkt.equals(auth.getValue())) {
            throw OAuthError.of("invalid_dpop_proof", "dpop_jkt does not match the DPoP proof key");
        }
        String requestUri = "urn:ietf:params:oauth:request_uri:" + UUID.randomUUID();
        grants.push(requestUri, new Grants.Grant(auth.getKey().client().clientId(), redirect, challenge, scope,
                form.getOrDefault("state", ""), dpopJkt.or(auth::getValue), auth.getKey().assertionDetails(),
                Optional.ofNullable(form.get("nonce")), clock.instant().plus(REQUEST_URI_LIFETIME)));
        return Json.answer(201, Map.of("request_uri", requestUri, "expires_in", REQUEST_URI_LIFETIME.toSeconds()),
                Optional.empty());
    }

    /**
     * Serves the authorization endpoint: a known, unexpired {@code request_uri} of the same client
     * redirects to the client with a code and the state.
     *
     * @param query the query parameters
     * @return 302 to the redirect URI, or 400 {@code invalid_request_uri}
     */
    public StsAnswer authorize(Map<String, String> query) {
        String clientId = query.getOrDefault("client_id", "");
        Grants.Grant g = grants.takePushed(query.getOrDefault("request_uri", ""), clock.instant())
                .filter(p -> p.clientId().equals(clientId))
                .orElseThrow(() -> OAuthError.of("invalid_request_uri", "request_uri is unknown, used or expired"));
        String code = UUID.randomUUID().toString();
        grants.code(code, g, clock.instant().plus(TokenEndpoint.codeLifetime()));
        String location = g.redirectUri() + (g.redirectUri().contains("?") ? "&" : "?") + "code=" + enc(code)
                + "&state=" + enc(g.state()) + settings.redirectIssuer().map(iss -> "&iss=" + enc(iss)).orElse("");
        return new StsAnswer(302, Map.of("Location", location), "");
    }

    private static String require(Map<String, String> form, String name) {
        String v = form.get(name);
        if (v == null || v.isBlank()) {
            throw OAuthError.of("invalid_request", name + " is required");
        }
        return v;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
