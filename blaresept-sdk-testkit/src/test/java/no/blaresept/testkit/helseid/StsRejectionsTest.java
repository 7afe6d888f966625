package no.blaresept.testkit.helseid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import no.blaresept.testkit.helseid.internal.ProofVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mock STS refuses what HelseID refuses, with the standard OAuth error codes. */
class StsRejectionsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static MockHelseIdSts sts;
    static Forge forge;

    @BeforeAll
    static void start() {
        sts = MockHelseIdSts.start();
        forge = new Forge(sts, "rejections-client");
    }

    @AfterAll
    static void stop() {
        sts.close();
    }

    static JsonNode body(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> tokenRequest(String assertion) {
        return Forge.post(forge.token(), forge.clientCredentials(assertion), forge.proof(c -> c));
    }

    static Stream<Arguments> badAssertions() throws Exception {
        ECKey otherKey = new ECKeyGenerator(Curve.P_256).keyID("x").generate();
        Instant past = Instant.now().minusSeconds(600);
        return Stream.of(
                Arguments.of("typ JWT instead of client-authentication+jwt",
                        (UnaryOperator<JWSHeader.Builder>) h -> h.type(JOSEObjectType.JWT), id(), null, "typ"),
                Arguments.of("no typ", (UnaryOperator<JWSHeader.Builder>) h -> h.type(null), id(), null, "typ"),
                Arguments.of("aud is the token endpoint", hid(),
                        (UnaryOperator<JWTClaimsSet.Builder>) c -> c.audience(forge.token().toString()), null, "aud"),
                Arguments.of("aud lists the issuer and more", hid(),
                        (UnaryOperator<JWTClaimsSet.Builder>) c -> c.audience(java.util.List.of(sts.issuer().toString(), "x")), null, "aud"),
                Arguments.of("unknown client", hid(),
                        (UnaryOperator<JWTClaimsSet.Builder>) c -> c.issuer("nobody").subject("nobody"), null, "unknown client"),
                Arguments.of("sub differs from iss", hid(),
                        (UnaryOperator<JWTClaimsSet.Builder>) c -> c.subject("someone-else"), null, "sub"),
                Arguments.of("unknown kid", (UnaryOperator<JWSHeader.Builder>) h -> h.keyID("other-kid"), id(), null, "key id"),
                Arguments.of("signed with another key", hid(), id(), otherKey, "signature"),
                Arguments.of("expired", hid(), (UnaryOperator<JWTClaimsSet.Builder>) c -> c.issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plusSeconds(10))), null, "expired"),
                Arguments.of("lives too long", hid(), (UnaryOperator<JWTClaimsSet.Builder>) c ->
                        c.expirationTime(Date.from(Instant.now().plusSeconds(3600))), null, "lifetime"),
                Arguments.of("no jti", hid(), (UnaryOperator<JWTClaimsSet.Builder>) c -> c.jwtID(null), null, "jti"));
    }

    static UnaryOperator<JWTClaimsSet.Builder> id() {
        return c -> c;
    }

    static UnaryOperator<JWSHeader.Builder> hid() {
        return h -> h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAssertions")
    void badClientAssertionIsInvalidClient(String name, UnaryOperator<JWSHeader.Builder> header,
                                           UnaryOperator<JWTClaimsSet.Builder> claims, ECKey signer, String reason) throws Exception {
        HttpResponse<String> r = tokenRequest(forge.assertion(header, claims, signer == null ? forge.clientKey : signer));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(body(r).path("error").asText()).isEqualTo("invalid_client");
        assertThat(body(r).path("error_description").asText()).contains(reason);
    }

    @Test
    void goodRequestGetsADpopBoundToken() throws Exception {
        HttpResponse<String> r = tokenRequest(forge.assertion());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(body(r).path("token_type").asText()).isEqualTo("DPoP");
        String token = body(r).path("access_token").asText();
        JWTClaimsSet claims = com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet();
        assertThat(((Map<?, ?>) claims.getClaim("cnf")).get("jkt")).isEqualTo(forge.dpopKey.computeThumbprint().toString());
    }

    @Test
    void replayedAssertionIsInvalidClient() throws Exception {
        String assertion = forge.assertion();
        assertThat(tokenRequest(assertion).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = tokenRequest(assertion);

        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(body(replay).path("error_description").asText()).contains("used before");
    }

    @Test
    void wrongAssertionTypeIsInvalidClient() throws Exception {
        Map<String, String> form = new LinkedHashMap<>(forge.clientCredentials(forge.assertion()));
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:saml2-bearer");

        HttpResponse<String> r = Forge.post(forge.token(), form, forge.proof(c -> c));

        assertThat(body(r).path("error").asText()).isEqualTo("invalid_client");
    }

    static Stream<Arguments> badProofs() {
        Instant stale = Instant.now().minusSeconds(300);
        return Stream.of(
                Arguments.of("wrong htm", (UnaryOperator<JWTClaimsSet.Builder>) c -> c.claim("htm", "GET"), "htm"),
                Arguments.of("wrong htu", (UnaryOperator<JWTClaimsSet.Builder>) c -> c.claim("htu", "http://127.0.0.1:1/connect/token"), "htu"),
                Arguments.of("stale iat", (UnaryOperator<JWTClaimsSet.Builder>) c -> c.issueTime(Date.from(stale)), "iat"),
                Arguments.of("iat in the future", (UnaryOperator<JWTClaimsSet.Builder>) c -> c.issueTime(Date.from(Instant.now().plusSeconds(300))), "iat"),
                Arguments.of("no jti", (UnaryOperator<JWTClaimsSet.Builder>) c -> c.jwtID(null), "jti"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProofs")
    void badDpopProofIsInvalidDpopProof(String name, UnaryOperator<JWTClaimsSet.Builder> claims, String reason) throws Exception {
        HttpResponse<String> r = Forge.post(forge.token(), forge.clientCredentials(forge.assertion()), forge.proof(claims));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(body(r).path("error").asText()).isEqualTo("invalid_dpop_proof");
        assertThat(body(r).path("error_description").asText()).contains(reason);
    }

    @Test
    void missingProofIsInvalidDpopProof() throws Exception {
        HttpResponse<String> r = Forge.post(forge.token(), forge.clientCredentials(forge.assertion()), null);

        assertThat(body(r).path("error").asText()).isEqualTo("invalid_dpop_proof");
        assertThat(body(r).path("error_description").asText()).contains("missing");
    }

    @Test
    void proofWithWrongTypOrWithoutJwkIsRefused() throws Exception {
        String wrongTyp = forge.proof(h -> h.type(JOSEObjectType.JWT), c -> c, forge.dpopKey);
        String noJwk = forge.proof(h -> h.jwk(null), c -> c, forge.dpopKey);

        assertThat(body(Forge.post(forge.token(), forge.clientCredentials(forge.assertion()), wrongTyp))
                .path("error_description").asText()).contains("typ");
        assertThat(body(Forge.post(forge.token(), forge.clientCredentials(forge.assertion()), noJwk))
                .path("error_description").asText()).contains("public asymmetric jwk");
    }

    @Test
    void replayedProofIsRefused() throws Exception {
        String proof = forge.proof(c -> c);
        assertThat(Forge.post(forge.token(), forge.clientCredentials(forge.assertion()), proof).statusCode()).isEqualTo(200);

        HttpResponse<String> r = Forge.post(forge.token(), forge.clientCredentials(forge.assertion()), proof);

        assertThat(body(r).path("error").asText()).isEqualTo("invalid_dpop_proof");
        assertThat(body(r).path("error_description").asText()).contains("used before");
    }

    @Test
    void demandedNonceIsAskedForWithAHeaderAndThenAccepted() throws Exception {
        try (MockHelseIdSts demanding = MockHelseIdSts.start().requireStsNonce(true)) {
            Forge f = new Forge(demanding, "nonce-client");

            HttpResponse<String> first = Forge.post(f.token(), f.clientCredentials(f.assertion()), f.proof(c -> c));
            assertThat(first.statusCode()).isEqualTo(400);
            assertThat(body(first).path("error").asText()).isEqualTo("use_dpop_nonce");
            String nonce = first.headers().firstValue("DPoP-Nonce").orElseThrow();

            HttpResponse<String> wrong = Forge.post(f.token(), f.clientCredentials(f.assertion()), f.proof(c -> c.claim("nonce", "stale")));
            assertThat(body(wrong).path("error").asText()).isEqualTo("use_dpop_nonce");

            HttpResponse<String> second = Forge.post(f.token(), f.clientCredentials(f.assertion()), f.proof(c -> c.claim("nonce", nonce)));
            assertThat(second.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void scopeTheClientMayNotHaveIsInvalidScope() throws Exception {
        Map<String, String> form = new LinkedHashMap<>(forge.clientCredentials(forge.assertion()));
        form.put("scope", "hdir:someone-elses-api");

        assertThat(body(Forge.post(forge.token(), form, forge.proof(c -> c))).path("error").asText()).isEqualTo("invalid_scope");
    }

    Map<String, String> parForm(String challenge) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", forge.client.clientId());
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", forge.assertion());
        form.put("response_type", "code");
        form.put("redirect_uri", "http://127.0.0.1:1/cb");
        form.put("scope", "openid offline_access hdir:blareseptsoknad/soknad");
        form.put("state", "st");
        form.put("code_challenge", challenge);
        form.put("code_challenge_method", "S256");
        return form;
    }

    String codeFor(String verifier) throws Exception {
        HttpResponse<String> par = Forge.post(forge.par(), parForm(ProofVerifier.sha256(verifier)),
                forge.proof(c -> c.claim("htu", forge.par().toString())));
        assertThat(par.statusCode()).isEqualTo(201);
        URI login = URI.create(sts.issuer() + "/connect/authorize?client_id=rejections-client&request_uri="
                + java.net.URLEncoder.encode(body(par).path("request_uri").asText(), "UTF-8"));
        HttpResponse<String> redirect = Forge.get(login);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("http://127.0.0.1:1/cb?code=")
                .endsWith("&state=st&iss=" + java.net.URLEncoder.encode(sts.issuer().toString(), "UTF-8"));
        return location.replaceAll(".*code=([^&]+).*", "$1");
    }

    HttpResponse<String> redeem(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", "http://127.0.0.1:1/cb");
        form.put("code_verifier", verifier);
        form.put("client_id", forge.client.clientId());
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", forge.assertion());
        return Forge.post(forge.token(), form, forge.proof(c -> c));
    }

    @Test
    void pkceMismatchIsInvalidGrant() throws Exception {
        String code = codeFor("the-right-verifier-0123456789012345678901234");

        HttpResponse<String> r = redeem(code, "another-verifier-01234567890123456789012345");

        assertThat(body(r).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(body(r).path("error_description").asText()).contains("PKCE");
    }

    @Test
    void codeIsSingleUse() throws Exception {
        String verifier = "the-right-verifier-0123456789012345678901234";
        String code = codeFor(verifier);

        assertThat(redeem(code, verifier).statusCode()).isEqualTo(200);
        assertThat(body(redeem(code, verifier)).path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void unknownRequestUriIsInvalidRequestUri() throws Exception {
        HttpResponse<String> r = Forge.get(URI.create(sts.issuer()
                + "/connect/authorize?client_id=rejections-client&request_uri=urn:ietf:params:oauth:request_uri:nope"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(body(r).path("error").asText()).isEqualTo("invalid_request_uri");
    }

    @Test
    void parWithoutPkceIsInvalidRequest() throws Exception {
        Map<String, String> form = parForm("challenge");
        form.remove("code_challenge_method");

        HttpResponse<String> r = Forge.post(forge.par(), form, forge.proof(c -> c.claim("htu", forge.par().toString())));

        assertThat(body(r).path("error").asText()).isEqualTo("invalid_request");
    }
}
