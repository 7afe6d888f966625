package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scripted STS on WireMock (loopback, random port) for the provider's unit tests. */
final class StsStub implements AutoCloseable {

    final WireMockServer wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    final ECKey clientJwk;
    /** The key the stub signs ID tokens with, published at {@code /jwks}. */
    volatile RSAKey stsKey;

    StsStub() {
        wm.start();
        try {
            clientJwk = new ECKeyGenerator(Curve.P_256).keyID("client-kid").generate();
            stsKey = new RSAKeyGenerator(2048).keyID("sts-kid").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        stubDiscovery(Map.of());
        publishKey();
    }

    /** Key rotation: a new signing key with another {@code kid}, published from now on instead of the old one. */
    void rotateKey() {
        try {
            stsKey = new RSAKeyGenerator(2048).keyID("sts-kid-2").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        publishKey();
    }

    private void publishKey() {
        wm.stubFor(get("/jwks").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(new JWKSet(stsKey.toPublicJWK()).toString())));
    }

    String issuer() {
        return "http://127.0.0.1:" + wm.port();
    }

    /** Serves a discovery document with the usual endpoints, overridden or extended by {@code changes}. */
    void stubDiscovery(Map<String, Object> changes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("issuer", issuer());
        doc.put("token_endpoint", issuer() + "/connect/token");
        doc.put("pushed_authorization_request_endpoint", issuer() + "/connect/par");
        doc.put("authorization_endpoint", issuer() + "/connect/authorize");
        doc.put("jwks_uri", issuer() + "/jwks");
        doc.put("authorization_response_iss_parameter_supported", true);
        doc.putAll(changes);
        wm.stubFor(get("/.well-known/openid-configuration").willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(json(doc))));
    }

    static String json(Map<String, Object> doc) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    HelseIdConfig.Builder config() {
        return HelseIdConfig.builder().issuer(issuer()).clientId("client-a")
                .clientKey(ClientKey.ofJwk(clientJwk.toJSONString()));
    }

    /** An ID token for client-a signed with {@link #stsKey}, issued at {@code now}, with {@code claims} added or replaced. */
    String idToken(Instant now, Map<String, Object> claims) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(issuer()).audience("client-a").subject("user-sub-1")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        claims.forEach(b::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(stsKey.getKeyID()).build(), b.build());
        try {
            jwt.sign(new RSASSASigner(stsKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static String tokenJson(String token, String type, int expiresIn) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"" + type + "\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"hdir:blareseptsoknad/soknad\"}";
    }

    List<LoggedRequest> posts(String path) {
        return wm.findAll(postRequestedFor(urlEqualTo(path)));
    }

    static Map<String, String> form(LoggedRequest r) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : r.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public void close() {
        wm.stop();
    }
}
