package no.blaresept.auth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.factories.DefaultJWSSignerFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import no.blaresept.auth.HelseIdException;

/**
 * Builds DPoP proof JWTs (RFC 9449 §4.2) with Nimbus: header {@code typ=dpop+jwt}, the algorithm
 * and the public key as {@code jwk}; claims {@code jti}, {@code htm}, {@code htu} (no query or
 * fragment), {@code iat}, plus {@code ath} for API calls and {@code nonce} when the server demanded
 * one. Thread-safe: the header is fixed and Nimbus signers are stateless.
 */
public final class DpopProofs {

    /** The proof JWT type. */
    public static final JOSEObjectType TYPE = new JOSEObjectType("dpop+jwt");

    private final JWSHeader header;
    private final JWSSigner signer;
    private final Clock clock;

    /**
     * @param key       the private DPoP key (its public half goes into each header)
     * @param algorithm the algorithm to sign with
     * @param clock     the clock for {@code iat}
     */
    public DpopProofs(JWK key, JWSAlgorithm algorithm, Clock clock) {
        this.header = new JWSHeader.Builder(algorithm).type(TYPE).jwk(key.toPublicJWK()).build();
        try {
            this.signer = new DefaultJWSSignerFactory().createJWSSigner(key, algorithm);
        } catch (JOSEException e) {
            throw new HelseIdException("DPoP key cannot sign with " + algorithm, e);
        }
        this.clock = clock;
    }

    /** A proof for a token or PAR request (no {@code ath}). */
    public String forTokenRequest(String method, URI uri, Optional<String> nonce) {
        return sign(claims(method, uri, nonce).build());
    }

    /** A proof for an API call with a DPoP-bound token ({@code ath} = hash of the token). */
    public String forApiRequest(String method, URI uri, String accessToken, Optional<String> nonce) {
        return sign(claims(method, uri, nonce).claim("ath", Jose.sha256(accessToken)).build());
    }

    private JWTClaimsSet.Builder claims(String method, URI uri, Optional<String> nonce) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("htm", method)
                .claim("htu", Jose.htu(uri))
                .issueTime(Date.from(clock.instant()));
        nonce.ifPresent(n -> b.claim("nonce", n));
        return b;
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new HelseIdException("DPoP proof cannot be signed", e);
        }
        return jwt.serialize();
    }
}
