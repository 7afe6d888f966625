package no.blaresept.auth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.blaresept.auth.HelseIdException;

/**
 * Builds private_key_jwt client assertions (RFC 7523) the way HelseID demands since 2025:
 * header {@code typ=client-authentication+jwt} and the client key's {@code kid}; claims
 * {@code iss} = {@code sub} = client id, {@code aud} = the STS issuer (never the token endpoint, so
 * an assertion for one STS is useless at another: A-3), a fresh {@code jti}, {@code iat} = {@code nbf}
 * = now, a short {@code exp}, and the organisation's {@code assertion_details} when given.
 * Thread-safe.
 */
public final class ClientAssertions {

    /** The JWT type HelseID requires on client assertions. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("client-authentication+jwt");
    /** The {@code client_assertion_type} form value. */
    public static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final String clientId;
    private final JWSHeader header;
    private final JWSSigner signer;
    private final Duration lifetime;
    private final Clock clock;

    /**
     * @param clientId  the client id ({@code iss} and {@code sub})
     * @param signer    the client key's signer
     * @param algorithm the client key's algorithm
     * @param keyId     the client key's {@code kid}
     * @param lifetime  time from {@code iat} to {@code exp}
     * @param clock     the clock
     */
    public ClientAssertions(String clientId, JWSSigner signer, JWSAlgorithm algorithm, String keyId,
                            Duration lifetime, Clock clock) {
        this.clientId = clientId;
        this.header = new JWSHeader.Builder(algorithm).type(TYPE).keyID(keyId).build();
        this.signer = signer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** The signing algorithm, e.g. {@code PS256}. */
    public String algorithm() {
        return header.getAlgorithm().getName();
    }

    /** The key id in every assertion's header. */
    public String keyId() {
        return header.getKeyID();
    }

    /**
     * A fresh, signed assertion for one request.
     *
     * @param issuer           the STS issuer, exactly as its discovery document names it
     * @param assertionDetails the organisation context claim value, if any
     * @return the compact JWT
     */
    public String create(String issuer, Optional<List<Map<String, Object>>> assertionDetails) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(issuer)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)));
        assertionDetails.ifPresent(d -> claims.claim("assertion_details", d));
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new HelseIdException("client assertion cannot be signed with key " + header.getKeyID(), e);
        }
        return jwt.serialize();
    }
}
