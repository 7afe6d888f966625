package no.blaresept.testkit.helseid.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;

/**
 * Verifies private_key_jwt client assertions as HelseID does since 2025: the assertion type,
 * header {@code typ=client-authentication+jwt}, a registered client and {@code kid}, a valid
 * signature, {@code iss} = {@code sub} = {@code client_id}, {@code aud} = exactly the issuer,
 * unexpired with a short lifetime, and an unused {@code jti}. Every refusal is {@code invalid_client}.
 * Thread-safe.
 */
public final class AssertionVerifier {

    /** The longest assertion lifetime accepted. */
    public static final Duration MAX_LIFETIME = Duration.ofSeconds(120);
    private static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private final String issuer;
    private final ConcurrentMap<String, RegisteredClient> clients;
    private final Clock clock;
    private final ReplayGuard replays = new ReplayGuard();

    /**
     * @param issuer  the mock's issuer (the only accepted {@code aud})
     * @param clients the registered clients by id
     * @param clock   the mock's clock
     */
    public AssertionVerifier(String issuer, ConcurrentMap<String, RegisteredClient> clients, Clock clock) {
        this.issuer = issuer;
        this.clients = clients;
        this.clock = clock;
    }

    /**
     * Authenticates the client of a token or PAR request.
     *
     * @param form the request's form fields
     * @return the client and the assertion's {@code assertion_details}, if any
     * @throws OAuthError {@code invalid_client} saying what is wrong
     */
    public Authenticated authenticate(Map<String, String> form) {
        if (!JWT_BEARER.equals(form.get("client_assertion_type"))) {
            throw invalid("client_assertion_type must be " + JWT_BEARER);
        }
        SignedJWT jwt = parse(Optional.ofNullable(form.get("client_assertion")).orElseThrow(() -> invalid("client_assertion is missing")));
        if (jwt.getHeader().getType() == null || !"client-authentication+jwt".equals(jwt.getHeader().getType().getType())) {
            throw invalid("client assertion typ must be client-authentication+jwt");
        }
        JWTClaimsSet c = claims(jwt);
        String clientId = Optional.ofNullable(c.getIssuer()).orElseThrow(() -> invalid("client assertion has no iss"));
        RegisteredClient client = clients.get(clientId);
        if (client == null) {
            throw invalid("unknown client");
        }
        if (form.containsKey("client_id") && !clientId.equals(form.get("client_id"))) {
            throw invalid("client_id does not match the assertion's iss");
        }
        if (!clientId.equals(c.getSubject())) {
            throw invalid("client assertion sub must equal iss");
        }
        String kid = client.publicKey().getKeyID();
        if (kid != null && !kid.equals(jwt.getHeader().getKeyID())) {
            throw invalid("unknown key id for this client");
        }
        verifySignature(jwt, client);
        if (!List.of(issuer).equals(c.getAudience())) {
            throw invalid("client assertion aud must be the issuer " + issuer);
        }
        Instant now = clock.instant();
        if (c.getExpirationTime() == null || !c.getExpirationTime().toInstant().isAfter(now)) {
            throw invalid("client assertion is expired");
        }
        Instant iat = Optional.ofNullable(c.getIssueTime()).map(d -> d.toInstant()).orElse(now);
        if (Duration.between(iat, c.getExpirationTime().toInstant()).compareTo(MAX_LIFETIME) > 0) {
            throw invalid("client assertion lifetime is longer than " + MAX_LIFETIME.toSeconds() + " s");
        }
        if (c.getJWTID() == null || !replays.firstUse(c.getJWTID(), c.getExpirationTime().toInstant(), now)) {
            throw invalid("client assertion jti is missing or was used before");
        }
        return new Authenticated(client, Optional.ofNullable(c.getClaim("assertion_details")));
    }

    /**
     * An authenticated client.
     *
     * @param client           the registered client
     * @param assertionDetails the organisation context the assertion carried, if any
     */
    public record Authenticated(RegisteredClient client, Optional<Object> assertionDetails) {
    }

    private static void verifySignature(SignedJWT jwt, RegisteredClient client) {
        try {
            JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(),
                    ((AsymmetricJWK) client.publicKey()).toPublicKey());
            if (!jwt.verify(verifier)) {
                throw invalid("client assertion signature does not verify with the registered key");
            }
        } catch (JOSEException e) {
            throw invalid("client assertion signature cannot be checked with the registered key");
        }
    }

    private static SignedJWT parse(String assertion) {
        try {
            return SignedJWT.parse(assertion);
        } catch (ParseException e) {
            throw invalid("client assertion is not a signed JWT");
        }
    }

    private static JWTClaimsSet claims(SignedJWT jwt) {
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("client assertion claims are not JSON");
        }
    }

    private static OAuthError invalid(String description) {
        return OAuthError.of("invalid_client", description);
    }
}
