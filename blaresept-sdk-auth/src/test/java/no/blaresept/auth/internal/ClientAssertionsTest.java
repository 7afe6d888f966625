package no.blaresept.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.blaresept.auth.MutableClock;
import no.blaresept.auth.OrganisationContext;
import no.blaresept.auth.OrganisationNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientAssertionsTest {

    static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    ECKey key;
    ClientAssertions assertions;

    @BeforeEach
    void setUp() throws Exception {
        key = new ECKeyGenerator(Curve.P_256).keyID("kid-1").generate();
        assertions = new ClientAssertions("client-a", new ECDSASigner(key), JWSAlgorithm.ES256, "kid-1",
                Duration.ofSeconds(10), new MutableClock(NOW));
    }

    @Test
    void headerCarriesClientAuthenticationTypeKidAndAlgorithm() throws Exception {
        SignedJWT jwt = SignedJWT.parse(assertions.create("https://sts.example", Optional.empty()));

        assertThat(jwt.getHeader().getType().getType()).isEqualTo("client-authentication+jwt");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("kid-1");
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.verify(new ECDSAVerifier(key.toPublicJWK()))).isTrue();
    }

    @Test
    void claimsNameClientAsIssuerAndSubjectAndTheIssuerAsAudience() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(assertions.create("https://sts.example", Optional.empty())).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("client-a");
        assertThat(claims.getSubject()).isEqualTo("client-a");
        assertThat(claims.getAudience()).containsExactly("https://sts.example");
        assertThat(claims.getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(claims.getNotBeforeTime()).isEqualTo(Date.from(NOW));
        assertThat(claims.getExpirationTime()).isEqualTo(Date.from(NOW.plusSeconds(10)));
    }

    @Test
    void audienceIsASingleStringAsHelseIdExpects() throws Exception {
        String payload = SignedJWT.parse(assertions.create("https://sts.example", Optional.empty())).getPayload().toString();

        assertThat(payload).contains("\"aud\":\"https://sts.example\"");
    }

    @Test
    void everyAssertionHasAFreshJti() throws Exception {
        String a = SignedJWT.parse(assertions.create("https://sts.example", Optional.empty())).getJWTClaimsSet().getJWTID();
        String b = SignedJWT.parse(assertions.create("https://sts.example", Optional.empty())).getJWTClaimsSet().getJWTID();

        assertThat(a).isNotBlank().isNotEqualTo(b);
    }

    @Test
    void assertionsForTwoStssAreKeptApartByAudience() throws Exception {
        JWTClaimsSet one = SignedJWT.parse(assertions.create("https://sts-one.example", Optional.empty())).getJWTClaimsSet();
        JWTClaimsSet two = SignedJWT.parse(assertions.create("https://sts-two.example", Optional.empty())).getJWTClaimsSet();

        assertThat(one.getAudience()).containsExactly("https://sts-one.example");
        assertThat(two.getAudience()).containsExactly("https://sts-two.example");
    }

    @Test
    @SuppressWarnings("unchecked")
    void organisationContextGoesIntoAssertionDetails() throws Exception {
        OrganisationContext org = OrganisationContext.multiTenant(OrganisationNumber.of("999977775"),
                OrganisationNumber.of("999944446"));

        JWTClaimsSet claims = SignedJWT.parse(assertions.create("https://sts.example",
                Optional.of(org.assertionDetails()))).getJWTClaimsSet();

        List<Object> details = (List<Object>) claims.getClaim("assertion_details");
        Map<String, Object> detail = (Map<String, Object>) details.get(0);
        assertThat(detail).containsEntry("type", "helseid_authorization");
        Map<String, Object> identifier = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                detail.get("practitioner_role")).get("organization")).get("identifier");
        assertThat(identifier).containsEntry("system", "urn:oid:1.0.6523")
                .containsEntry("type", "ENH")
                .containsEntry("value", "NO:ORGNR:999977775:999944446");
    }

    @Test
    void withoutOrganisationThereAreNoAssertionDetails() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(assertions.create("https://sts.example", Optional.empty())).getJWTClaimsSet();

        assertThat(claims.getClaim("assertion_details")).isNull();
    }
}
