package no.blaresept.auth.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Requests built with Nimbus directly, not through the SDK's provider: the control experiments
 * that show what the interop realm demands (so the provider passing against it means something).
 *
 * <p>Stateless and thread-safe.
 */
final class RawOAuth {

    static final String CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawOAuth() {
    }

    /**
     * A {@code private_key_jwt} client assertion as HelseID wants it: {@code typ}
     * {@code client-authentication+jwt}, {@code iss} = {@code sub} = client id, {@code aud} = issuer.
     *
     * @param realm the realm
     * @param key   the signing key
     * @return the serialized assertion
     */
    static String clientAssertion(InteropRealm realm, RSAKey key) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(realm.clientId())
                .subject(realm.clientId())
                .audience(realm.issuer().toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(60)))
                .build();
        JWSHeader header = new JWSHeader.Builder(InteropRealm.CLIENT_ALGORITHM)
                .type(new JOSEObjectType("client-authentication+jwt"))
                .keyID(key.getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
        return jwt.serialize();
    }

    /**
     * POSTs a form and parses the JSON answer.
     *
     * @param uri  the endpoint
     * @param form the form fields
     * @return status and JSON body
     */
    static Answer postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request);
    }

    /**
     * GETs a URI without following redirects.
     *
     * @param uri the URI
     * @return status, {@code Location} and body (JSON-parsed when possible)
     */
    static Answer get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = JSON.missingNode();
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(""),
                    response.body(), json == null ? JSON.missingNode() : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * An HTTP answer.
     *
     * @param status   status code
     * @param location the {@code Location} header or empty
     * @param body     the raw body
     * @param json     the body as JSON, or a missing node
     */
    record Answer(int status, String location, String body, JsonNode json) {
    }
}
