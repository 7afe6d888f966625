package no.blaresept.auth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import no.blaresept.auth.HelseIdException;
import org.jspecify.annotations.Nullable;

/**
 * Validates ID tokens (OIDC Core §3.1.3.7) with Nimbus: the signature against the STS's JWKS
 * (fetched from discovery's {@code jwks_uri} through the provider's HTTP client, and fetched again
 * once when a token names an unknown key, for key rotation), asymmetric algorithms only, {@code iss}
 * exactly the STS's, {@code aud} the client, {@code exp} and {@code iat} on the configured clock,
 * the login's {@code nonce}, and {@code at_hash}/{@code c_hash} when present. Errors name the
 * failed check, never the token. Thread-safe.
 */
public final class IdTokens {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private final StsHttp http;
    private final Clock clock;
    private volatile @Nullable JWKSet keys;

    /**
     * @param http  the STS HTTP helper
     * @param clock the clock {@code exp} is judged by
     */
    public IdTokens(StsHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * Validates an ID token from a code redemption.
     *
     * @param idToken     the compact JWT
     * @param metadata    the STS metadata (issuer and {@code jwks_uri})
     * @param clientId    the expected audience
     * @param nonce       the nonce the login sent
     * @param accessToken the access token issued with it ({@code at_hash})
     * @param code        the code redeemed ({@code c_hash})
     * @return the validated claims
     * @throws HelseIdException naming the check that failed
     */
    public JWTClaimsSet validate(String idToken, ProviderMetadata metadata, String clientId, String nonce,
                                 String accessToken, String code) {
        URI jwksUri = metadata.jwksUri().orElseThrow(() -> new HelseIdException(
                "STS offers no jwks_uri in its discovery document, so the ID token cannot be validated"));
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(idToken);
        } catch (ParseException e) {
            throw invalid("is not a signed JWT", e);
        }
        JWTClaimsSet claims;
        try {
            claims = process(jwt, metadata, clientId, nonce, keys(jwksUri, false));
        } catch (BadJOSEException e) {
            // An unknown key may be a rotated one: fetch the key set once more.
            claims = retryWithFreshKeys(jwt, metadata, clientId, nonce, jwksUri, e);
        }
        checkHash(claims, "at_hash", accessToken, jwt.getHeader().getAlgorithm());
        checkHash(claims, "c_hash", code, jwt.getHeader().getAlgorithm());
        return claims;
    }

    private JWTClaimsSet retryWithFreshKeys(SignedJWT jwt, ProviderMetadata metadata, String clientId, String nonce,
                                            URI jwksUri, BadJOSEException first) {
        if (!first.getMessage().contains("matching key")) {
            throw invalid("failed validation: " + first.getMessage(), first);
        }
        try {
            return process(jwt, metadata, clientId, nonce, keys(jwksUri, true));
        } catch (BadJOSEException e) {
            throw invalid("failed validation: " + e.getMessage(), e);
        }
    }

    private JWTClaimsSet process(SignedJWT jwt, ProviderMetadata metadata, String clientId, String nonce, JWKSet set)
            throws BadJOSEException {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(set)));
        p.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(metadata.issuer()).claim("nonce", nonce).build(),
                Set.of("sub", "iat", "exp")) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        });
        try {
            return p.process(jwt, null);
        } catch (JOSEException e) {
            throw invalid("cannot be verified: " + e.getMessage(), e);
        }
    }

    private JWKSet keys(URI jwksUri, boolean fresh) {
        JWKSet k = keys;
        if (k == null || fresh) {
            try {
                k = JWKSet.parse(http.getJson(jwksUri, "JWKS").toString());
            } catch (ParseException e) {
                throw new HelseIdException("STS key set at " + jwksUri + " is not a JWK set: " + e.getMessage(), e);
            }
            keys = k;
        }
        return k;
    }

    /** {@code at_hash}/{@code c_hash}: base64url of the left half of the value's hash with the JWS algorithm's SHA-2. */
    private static void checkHash(JWTClaimsSet claims, String claim, String value, JWSAlgorithm algorithm) {
        Object expected = claims.getClaim(claim);
        if (expected == null) {
            return;
        }
        String size = algorithm.getName().substring(2);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-" + size).digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw invalid("uses an algorithm without a SHA-2 hash for " + claim, e);
        }
        String actual = Base64URL.encode(Arrays.copyOf(digest, digest.length / 2)).toString();
        if (!actual.equals(expected.toString())) {
            throw invalid("has an " + claim + " that does not match the " + (claim.equals("at_hash") ? "access token" : "code"), null);
        }
    }

    private static HelseIdException invalid(String problem, @Nullable Throwable cause) {
        return new HelseIdException("ID token " + problem + "; refuse the login", null, null, 0, cause);
    }

    /**
     * The claim as text, if present and a string.
     *
     * @param claims the claims
     * @param name   the claim name
     * @return its value
     */
    public static Optional<String> text(JWTClaimsSet claims, String name) {
        Object v = claims.getClaim(name);
        return v instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
