package no.blaresept.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.blaresept.auth.internal.HelseIdEngine;
import no.blaresept.auth.internal.IdTokens;
import no.blaresept.auth.internal.Jose;
import no.blaresept.auth.internal.ProviderMetadata;
import no.blaresept.auth.internal.TokenResponse;
import no.blaresept.sdk.Fodselsnummer;
import no.blaresept.sdk.error.InvalidInputException;

/**
 * The authorization code flow's two steps: PAR push with PKCE S256 and a nonce, then the redirect's
 * checks (RFC 9207 {@code iss}, {@code state}, {@code error}), code redemption and ID token validation.
 */
final class UserLogins {

    static final String CLAIM_PID = "helseid://claims/identity/pid";
    static final String CLAIM_HPR = "helseid://claims/hpr/hpr_number";
    static final String CLAIM_SECURITY_LEVEL = "helseid://claims/identity/security_level";

    private UserLogins() {
    }

    static UserLogin begin(HelseIdEngine engine, Optional<OrganisationContext> organisation, UserLoginRequest request) {
        String verifier = Jose.randomToken(32);
        String state = Jose.randomToken(16);
        String nonce = Jose.randomToken(16);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("redirect_uri", request.redirectUri().toString());
        params.put("scope", String.join(" ", request.scopes()));
        params.put("state", state);
        params.put("nonce", nonce);
        params.put("code_challenge", Jose.sha256(verifier));
        params.put("code_challenge_method", "S256");
        request.prompt().ifPresent(p -> params.put("prompt", p));
        Map.Entry<String, Long> pushed = engine.pushAuthorizationRequest(params, organisation);
        URI authorize = engine.metadata().authorizationEndpoint().orElseThrow(() ->
                new HelseIdException("STS offers no authorization_endpoint in its discovery document"));
        URI browser = URI.create(authorize + (authorize.getRawQuery() == null ? "?" : "&")
                + "client_id=" + enc(engine.clientId()) + "&request_uri=" + enc(pushed.getKey()));
        return new UserLogin(browser, state, engine.now().plusSeconds(pushed.getValue()), verifier,
                request.redirectUri(), request.scopes(), nonce);
    }

    static UserSession complete(HelseIdEngine engine, Optional<OrganisationContext> organisation, UserLogin login,
                                Map<String, String> redirect) {
        ProviderMetadata m = engine.metadata();
        checkIssuer(m, Optional.ofNullable(redirect.get("iss")));
        String state = redirect.getOrDefault("state", "");
        if (!MessageDigest.isEqual(login.state().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            throw new HelseIdException("login redirect carries a different state than the login started with; "
                    + "refuse it (possible cross-site request forgery) and start a new login");
        }
        if (redirect.containsKey("error")) {
            String error = redirect.get("error");
            String description = redirect.get("error_description");
            throw new HelseIdException("the STS ended the login with error " + error
                    + (description == null ? "" : " (" + description + ")"), error, description, 0, null);
        }
        String code = Optional.ofNullable(redirect.get("code")).filter(c -> !c.isBlank()).orElseThrow(() ->
                new HelseIdException("login redirect has neither code nor error; pass the whole redirect URI"));
        TokenResponse r = engine.tokenRequest(organisation, "authorization code token request", () -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "authorization_code");
            form.put("code", code);
            form.put("redirect_uri", login.redirectUri().toString());
            form.put("code_verifier", login.codeVerifier());
            return form;
        });
        String idToken = r.idToken().orElseThrow(() -> new HelseIdException(
                "STS answered the code without an id_token although the login asked for openid; refuse the login"));
        JWTClaimsSet claims = engine.idTokens().validate(idToken, m, engine.clientId(), login.nonce(), r.accessToken(), code);
        return new UserSession(engine, organisation, login.scopes(), r, identity(claims));
    }

    /** RFC 9207 §2.4: a present {@code iss} must be this STS's; an absent one is refused when the STS promises it. */
    private static void checkIssuer(ProviderMetadata m, Optional<String> iss) {
        if (iss.isPresent() && !iss.get().equals(m.issuer())) {
            throw new HelseIdException("login redirect names issuer " + iss.get() + " but this login went to "
                    + m.issuer() + "; refuse it (possible mix-up attack) and start a new login");
        }
        if (iss.isEmpty() && m.issParameter()) {
            throw new HelseIdException("login redirect has no iss although " + m.issuer() + " always sends it "
                    + "(authorization_response_iss_parameter_supported); refuse it and start a new login");
        }
    }

    private static Brukeridentitet identity(JWTClaimsSet claims) {
        Optional<Fodselsnummer> pid;
        try {
            pid = IdTokens.text(claims, CLAIM_PID).map(v -> Fodselsnummer.of(v, "id_token." + CLAIM_PID));
        } catch (InvalidInputException e) {
            throw new HelseIdException("ID token's " + CLAIM_PID + " is not a valid fødselsnummer or D-nummer", e);
        }
        return new Brukeridentitet(claims.getSubject(), IdTokens.text(claims, "name"), IdTokens.text(claims, CLAIM_HPR),
                IdTokens.text(claims, CLAIM_SECURITY_LEVEL), pid);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
