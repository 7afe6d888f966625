package no.blaresept.testkit.helseid.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import no.blaresept.testkit.ApiAccessCheck;

/**
 * Checks an API request as a resource server protecting itself with the mock's DPoP-bound tokens
 * would (RFC 9449 §7): a valid, unexpired token of this mock; {@code Authorization: DPoP} for a bound
 * token; a proof signed by the key in {@code cnf.jkt} with matching {@code htm}, {@code htu},
 * {@code ath}, fresh {@code iat} and unused {@code jti}; the API nonce when demanded; and the
 * endpoint's scope. Refusals carry {@code WWW-Authenticate: DPoP …}. Thread-safe.
 */
public final class ApiTokenCheck implements ApiAccessCheck {

    private static final String ALGS = "algs=\"ES256 ES384 ES512 PS256 RS256\"";

    private final TokenIssuer issuer;
    private final ProofVerifier proofs;
    private final StsSettings settings;
    private final String apiNonce;

    /**
     * @param issuer   token signature checks
     * @param proofs   proof checks (with their own replay memory, apart from the STS's)
     * @param settings whether a nonce is demanded
     * @param apiNonce the nonce the API hands out
     */
    public ApiTokenCheck(TokenIssuer issuer, ProofVerifier proofs, StsSettings settings, String apiNonce) {
        this.issuer = issuer;
        this.proofs = proofs;
        this.settings = settings;
        this.apiNonce = apiNonce;
    }

    @Override
    public Decision check(ApiCall call) {
        Optional<String> authorization = call.header("Authorization");
        if (authorization.isEmpty()) {
            return Decision.deny(401, "DPoP " + ALGS, null);
        }
        String[] parts = authorization.get().split(" ", 2);
        String scheme = parts[0];
        Optional<JWTClaimsSet> claims = parts.length == 2 ? issuer.verify(parts[1].trim()) : Optional.empty();
        if (claims.isEmpty()) {
            return refuse("invalid_token", "access token is invalid or expired");
        }
        Optional<String> jkt = boundKey(claims.get());
        if (jkt.isPresent() != "DPoP".equalsIgnoreCase(scheme)) {
            return refuse("invalid_token", jkt.isPresent() ? "DPoP-bound token must be sent with the DPoP scheme"
                    : "Bearer token sent with the DPoP scheme");
        }
        if (jkt.isPresent()) {
            Optional<String> nonce = settings.apiNonceRequired() ? Optional.of(apiNonce) : Optional.empty();
            try {
                String proofKey = proofs.verify(call.header("DPoP"), call.method(), call.uri(),
                        Optional.of(parts[1].trim()), nonce, "invalid_dpop_proof");
                if (!proofKey.equals(jkt.get())) {
                    return refuse("invalid_dpop_proof", "DPoP proof key does not match the token's cnf.jkt");
                }
            } catch (OAuthError e) {
                if (e.dpopNonce().isPresent()) {
                    return Decision.deny(401, challenge("use_dpop_nonce", e.description()), e.dpopNonce().get());
                }
                return refuse(e.error(), e.description());
            }
        }
        Object scope = claims.get().getClaim("scope");
        boolean hasScope = scope instanceof String s && Arrays.asList(s.split(" ")).contains(call.requiredScope().value());
        if (!hasScope) {
            return Decision.deny(403, "DPoP error=\"insufficient_scope\", scope=\"" + call.requiredScope().value() + "\"", null);
        }
        return Decision.allow();
    }

    private static Optional<String> boundKey(JWTClaimsSet claims) {
        return claims.getClaim("cnf") instanceof Map<?, ?> cnf && cnf.get("jkt") instanceof String jkt
                ? Optional.of(jkt) : Optional.empty();
    }

    private static Decision refuse(String error, String description) {
        return Decision.deny(401, challenge(error, description), null);
    }

    private static String challenge(String error, String description) {
        return "DPoP error=\"" + error + "\", error_description=\"" + description.replace("\"", "'") + "\", " + ALGS;
    }
}
