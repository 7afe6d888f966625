package no.blaresept.auth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.blaresept.auth.internal.HelseIdEngine;
import no.blaresept.auth.internal.Jose;
import no.blaresept.auth.internal.TokenResponse;

/** The authorization code flow's two steps: PAR push with PKCE S256, then code redemption. */
final class UserLogins {

    private UserLogins() {
    }

    static UserLogin begin(HelseIdEngine engine, Optional<OrganisationContext> organisation, UserLoginRequest request) {
        String verifier = Jose.randomToken(32);
        String state = Jose.randomToken(16);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("redirect_uri", request.redirectUri().toString());
        params.put("scope", String.join(" ", request.scopes()));
        params.put("state", state);
        params.put("nonce", Jose.randomToken(16));
        params.put("code_challenge", Jose.sha256(verifier));
        params.put("code_challenge_method", "S256");
        request.prompt().ifPresent(p -> params.put("prompt", p));
        Map.Entry<String, Long> pushed = engine.pushAuthorizationRequest(params, organisation);
        URI authorize = engine.metadata().authorizationEndpoint().orElseThrow(() ->
                new HelseIdException("STS offers no authorization_endpoint in its discovery document"));
        URI browser = URI.create(authorize + (authorize.getRawQuery() == null ? "?" : "&")
                + "client_id=" + enc(engine.clientId()) + "&request_uri=" + enc(pushed.getKey()));
        return new UserLogin(browser, state, engine.now().plusSeconds(pushed.getValue()), verifier,
                request.redirectUri(), request.scopes());
    }

    static UserSession complete(HelseIdEngine engine, Optional<OrganisationContext> organisation, UserLogin login,
                                String code, String state) {
        if (!MessageDigest.isEqual(login.state().getBytes(StandardCharsets.US_ASCII), state.getBytes(StandardCharsets.US_ASCII))) {
            throw new HelseIdException("login redirect carries a different state than the login started with; "
                    + "refuse it (possible cross-site request forgery) and start a new login");
        }
        TokenResponse r = engine.tokenRequest(organisation, "authorization code token request", () -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "authorization_code");
            form.put("code", code);
            form.put("redirect_uri", login.redirectUri().toString());
            form.put("code_verifier", login.codeVerifier());
            return form;
        });
        return new UserSession(engine, organisation, login.scopes(), r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
