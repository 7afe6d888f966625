package no.blaresept.testkit.helseid.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Verifies a DPoP proof as RFC 9449 §4.3 says: one proof header, {@code typ=dpop+jwt}, an
 * asymmetric algorithm, a public {@code jwk} that verifies the signature, {@code htm} and
 * {@code htu} matching the request, {@code iat} within {@link #MAX_AGE}, an unused {@code jti}, the
 * server's nonce when it demands one, and {@code ath} for resource requests. Thread-safe.
 */
public final class ProofVerifier {

    /** How far {@code iat} may lie from now. */
    public static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final Clock clock;
    private final ReplayGuard replays = new ReplayGuard();

    /** @param clock the mock's clock */
    public ProofVerifier(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks a proof and returns its key's thumbprint ({@code jkt}).
     *
     * @param proof       the {@code DPoP} header, if sent
     * @param method      the request method
     * @param uri         the request URI
     * @param accessToken the token the proof must be bound to ({@code ath}), for resource requests
     * @param nonce       the nonce the server demands, if it demands one
     * @param errorCode   the error code for a bad proof ({@code invalid_dpop_proof})
     * @return the RFC 7638 thumbprint of the proof key
     * @throws OAuthError when the proof is missing or wrong
     */
    public String verify(Optional<String> proof, String method, URI uri, Optional<String> accessToken,
                         Optional<String> nonce, String errorCode) {
        SignedJWT jwt = parse(proof.orElseThrow(() -> OAuthError.of(errorCode, "DPoP proof header is missing")), errorCode);
        if (jwt.getHeader().getType() == null || !"dpop+jwt".equals(jwt.getHeader().getType().getType())) {
            throw OAuthError.of(errorCode, "DPoP proof typ must be dpop+jwt");
        }
        JWK jwk = jwt.getHeader().getJWK();
        if (jwk == null || jwk.isPrivate() || !(jwk instanceof AsymmetricJWK)
                || JWSAlgorithm.Family.HMAC_SHA.contains(jwt.getHeader().getAlgorithm())) {
            throw OAuthError.of(errorCode, "DPoP proof must carry a public asymmetric jwk");
        }
        verifySignature(jwt, jwk, errorCode);
        JWTClaimsSet c = claims(jwt, errorCode);
        if (!method.equals(text(c, "htm"))) {
            throw OAuthError.of(errorCode, "DPoP proof htm does not match the request method");
        }
        if (!htu(uri).equals(text(c, "htu"))) {
            throw OAuthError.of(errorCode, "DPoP proof htu does not match the request URI");
        }
        Instant now = clock.instant();
        if (c.getIssueTime() == null || Duration.between(c.getIssueTime().toInstant(), now).abs().compareTo(MAX_AGE) > 0) {
            throw OAuthError.of(errorCode, "DPoP proof iat is missing or not recent");
        }
        if (accessToken.isPresent() && !sha256(accessToken.get()).equals(text(c, "ath"))) {
            throw OAuthError.of(errorCode, "DPoP proof ath does not match the access token");
        }
        if (nonce.isPresent() && !nonce.get().equals(text(c, "nonce"))) {
            throw OAuthError.nonce(nonce.get(), "Authorization server requires nonce in DPoP proof");
        }
        if (c.getJWTID() == null || !replays.firstUse(c.getJWTID(), now.plus(MAX_AGE.multipliedBy(2)), now)) {
            throw OAuthError.of(errorCode, "DPoP proof jti is missing or was used before");
        }
        try {
            return jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw OAuthError.of(errorCode, "DPoP proof jwk has no thumbprint");
        }
    }

    private static SignedJWT parse(String proof, String errorCode) {
        try {
            return SignedJWT.parse(proof);
        } catch (ParseException e) {
            throw OAuthError.of(errorCode, "DPoP proof is not a signed JWT");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt, String errorCode) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw OAuthError.of(errorCode, "DPoP proof claims are not JSON");
        }
    }

    private static void verifySignature(SignedJWT jwt, JWK jwk, String errorCode) {
        try {
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(),
                    ((AsymmetricJWK) jwk).toPublicKey());
            if (!jwt.verify(verifier)) {
                throw OAuthError.of(errorCode, "DPoP proof signature does not verify with its jwk");
            }
        } catch (JOSEException e) {
            throw OAuthError.of(errorCode, "DPoP proof signature cannot be checked");
        }
    }

    private static String text(JWTClaimsSet c, String name) {
        Object v = c.getClaim(name);
        return v instanceof String s ? s : "";
    }

    /** The request URI without query and fragment. */
    public static String htu(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getRawAuthority(), uri.getRawPath(), null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad request URI", e);
        }
    }

    /** Base64url SHA-256 of an ASCII text (the {@code ath} and PKCE S256 rule). */
    public static String sha256(String ascii) {
        try {
            return Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(ascii.getBytes(StandardCharsets.US_ASCII))).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
