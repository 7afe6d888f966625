package no.blaresept.testkit.helseid;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Builds good and deliberately bad client assertions and DPoP proofs with Nimbus, and posts them raw. */
final class Forge {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    final MockHelseIdSts sts;
    final MockHelseIdClient client;
    final ECKey clientKey;
    final ECKey dpopKey;

    Forge(MockHelseIdSts sts, String clientId) {
        this.sts = sts;
        this.client = sts.registerClient(clientId);
        try {
            this.clientKey = ECKey.parse(client.privateJwk());
            this.dpopKey = new ECKeyGenerator(Curve.P_256).generate();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    URI token() {
        return URI.create(sts.issuer() + "/connect/token");
    }

    URI par() {
        return URI.create(sts.issuer() + "/connect/par");
    }

    String assertion(UnaryOperator<JWSHeader.Builder> header, UnaryOperator<JWTClaimsSet.Builder> claims, ECKey signer) {
        Instant now = Instant.now();
        JWSHeader.Builder h = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("client-authentication+jwt")).keyID(clientKey.getKeyID());
        JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().issuer(client.clientId()).subject(client.clientId())
                .audience(sts.issuer().toString()).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(10)));
        return sign(header.apply(h).build(), claims.apply(c).build(), signer);
    }

    String assertion() {
        return assertion(h -> h, c -> c, clientKey);
    }

    String proof(UnaryOperator<JWSHeader.Builder> header, UnaryOperator<JWTClaimsSet.Builder> claims, ECKey key) {
        JWSHeader.Builder h = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK());
        JWTClaimsSet.Builder c = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
                .claim("htm", "POST").claim("htu", token().toString()).issueTime(new Date());
        return sign(header.apply(h).build(), claims.apply(c).build(), key);
    }

    String proof(UnaryOperator<JWTClaimsSet.Builder> claims) {
        return proof(h -> h, claims, dpopKey);
    }

    Map<String, String> clientCredentials(String assertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("scope", "hdir:blareseptsoknad/soknad");
        form.put("client_id", client.clientId());
        form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        form.put("client_assertion", assertion);
        return form;
    }

    static HttpResponse<String> post(URI uri, Map<String, String> form, String dpop) {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (dpop != null) {
            b.header("DPoP", dpop);
        }
        return send(b.build());
    }

    static HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, ECKey key) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
