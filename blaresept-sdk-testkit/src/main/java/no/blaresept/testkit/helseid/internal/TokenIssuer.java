package no.blaresept.testkit.helseid.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Arrays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs the mock's access tokens (JWT, RS256, {@code typ=at+jwt}) and ID tokens with a key
 * generated per mock, published at the JWKS endpoint, and checks access tokens again for the mock
 * API. Thread-safe.
 */
public final class TokenIssuer {

    private final String issuer;
    private final RSAKey key;
    private final Clock clock;

    /**
     * @param issuer the mock's issuer
     * @param clock  the mock's clock
     */
    public TokenIssuer(String issuer, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
        try {
            this.key = new RSAKeyGenerator(2048).keyID("mock-helseid-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("mock STS signing key cannot be generated", e);
        }
    }

    /** The public signing key set for the JWKS endpoint. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /**
     * Issues an access token.
     *
     * @param clientId the client
     * @param scope    granted scopes, space-separated
     * @param jkt      the DPoP key thumbprint to bind to ({@code cnf.jkt}), if DPoP
     * @param extra    further claims (organisation, user)
     * @param lifetime the token's lifetime
     * @return the compact JWT
     */
    public String issue(String clientId, String scope, Optional<String> jkt, Map<String, Object> extra, Duration lifetime) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().issuer(issuer).audience("blaresept")
                .claim("client_id", clientId).claim("scope", scope).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(lifetime)));
        jkt.ifPresent(t -> c.claim("cnf", Map.of("jkt", t)));
        extra.forEach(c::claim);
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(new JOSEObjectType("at+jwt")).build(), c.build());
    }

    /**
     * Issues an ID token (OIDC Core §2) for a user login, with {@code at_hash} for the access token.
     *
     * @param clientId    the audience
     * @param subject     the user's {@code sub}
     * @param claims      identity claims and the login's {@code nonce}
     * @param accessToken the access token issued with it
     * @return the compact JWT
     */
    public String idToken(String clientId, String subject, Map<String, Object> claims, String accessToken) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().issuer(issuer).audience(clientId).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("at_hash", leftHalfSha256(accessToken));
        claims.forEach(c::claim);
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), c.build());
    }

    private static String leftHalfSha256(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(Arrays.copyOf(d, d.length / 2)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private String sign(JWSHeader header, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("mock STS cannot sign", e);
        }
        return jwt.serialize();
    }

    /**
     * Checks an access token's signature, issuer and expiry.
     *
     * @param token the compact JWT
     * @return its claims, or empty when it is not a valid token of this mock
     */
    public Optional<JWTClaimsSet> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()))) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            boolean live = c.getExpirationTime() != null && c.getExpirationTime().toInstant().isAfter(clock.instant());
            return issuer.equals(c.getIssuer()) && live ? Optional.of(c) : Optional.empty();
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
