package no.blaresept.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import no.blaresept.auth.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DpopProofsTest {

    static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    ECKey key;
    DpopProofs proofs;

    @BeforeEach
    void setUp() throws Exception {
        key = new ECKeyGenerator(Curve.P_256).generate();
        proofs = new DpopProofs(key, JWSAlgorithm.ES256, new MutableClock(NOW));
    }

    @Test
    void headerHasDpopTypeAlgorithmAndOnlyThePublicKey() throws Exception {
        SignedJWT proof = SignedJWT.parse(proofs.forTokenRequest("POST", URI.create("https://sts.example/connect/token"), Optional.empty()));

        assertThat(proof.getHeader().getType().getType()).isEqualTo("dpop+jwt");
        assertThat(proof.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        JWK jwk = proof.getHeader().getJWK();
        assertThat(jwk.isPrivate()).isFalse();
        assertThat(jwk.computeThumbprint()).isEqualTo(key.computeThumbprint());
        assertThat(proof.verify(new ECDSAVerifier(key.toPublicJWK()))).isTrue();
    }

    @Test
    void tokenRequestProofCarriesHtmHtuIatJtiAndNoAth() throws Exception {
        JWTClaimsSet c = SignedJWT.parse(proofs.forTokenRequest("POST", URI.create("https://sts.example/connect/token"), Optional.empty())).getJWTClaimsSet();

        assertThat(c.getStringClaim("htm")).isEqualTo("POST");
        assertThat(c.getStringClaim("htu")).isEqualTo("https://sts.example/connect/token");
        assertThat(c.getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(c.getJWTID()).isNotBlank();
        assertThat(c.getClaim("ath")).isNull();
        assertThat(c.getClaim("nonce")).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "https://api.example/vedtak/sok?fnr=x#frag, https://api.example/vedtak/sok",
            "https://api.example:8443/a/b?q=1, https://api.example:8443/a/b",
            "http://127.0.0.1:1234/p, http://127.0.0.1:1234/p"})
    void htuDropsQueryAndFragment(String uri, String htu) throws Exception {
        JWTClaimsSet c = SignedJWT.parse(proofs.forApiRequest("GET", URI.create(uri), "tok", Optional.empty())).getJWTClaimsSet();

        assertThat(c.getStringClaim("htu")).isEqualTo(htu);
    }

    @Test
    void apiProofCarriesAthAsHashOfTheToken() throws Exception {
        String token = "eyJhbGciOi.token.value";
        JWTClaimsSet c = SignedJWT.parse(proofs.forApiRequest("POST", URI.create("https://api.example/x"), token, Optional.empty())).getJWTClaimsSet();

        byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        assertThat(c.getStringClaim("ath")).isEqualTo(Base64URL.encode(hash).toString());
    }

    @Test
    void nonceIsIncludedWhenGiven() throws Exception {
        JWTClaimsSet c = SignedJWT.parse(proofs.forTokenRequest("POST", URI.create("https://sts.example/t"), Optional.of("n-1"))).getJWTClaimsSet();

        assertThat(c.getStringClaim("nonce")).isEqualTo("n-1");
    }

    @Test
    void everyProofHasAFreshJti() throws Exception {
        URI uri = URI.create("https://api.example/x");
        String a = SignedJWT.parse(proofs.forApiRequest("GET", uri, "t", Optional.empty())).getJWTClaimsSet().getJWTID();
        String b = SignedJWT.parse(proofs.forApiRequest("GET", uri, "t", Optional.empty())).getJWTClaimsSet().getJWTID();

        assertThat(a).isNotEqualTo(b);
    }
}
