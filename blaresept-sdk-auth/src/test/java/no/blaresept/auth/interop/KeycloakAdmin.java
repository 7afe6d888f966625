package no.blaresept.auth.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A minimal client of Keycloak's admin REST API ({@code /admin/realms/...}), logged in as the
 * bootstrap admin through the master realm's {@code admin-cli} client. Only what the interop realm
 * needs: create things, read them back. Plain {@code java.net.http} and Jackson so the tests do not
 * pull Keycloak's own client libraries.
 *
 * <p>Not thread-safe; used once, from the set-up thread. The admin token lives 60 s by default,
 * which set-up never exceeds.
 */
final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI baseUri;
    private final String accessToken;

    private KeycloakAdmin(URI baseUri, String accessToken) {
        this.baseUri = baseUri;
        this.accessToken = accessToken;
    }

    /**
     * Logs in with the password grant on the master realm.
     *
     * @param server the running server
     * @return a client carrying a fresh admin token
     */
    static KeycloakAdmin login(KeycloakServer server) {
        URI base = server.baseUri();
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(KeycloakServer.ADMIN_USER)
                + "&password=" + encode(server.adminPassword());
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/realms/master/protocol/openid-connect/token"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        KeycloakAdmin anonymous = new KeycloakAdmin(base, "");
        JsonNode token = anonymous.exchange(request, "admin login");
        return new KeycloakAdmin(base, token.path("access_token").asText());
    }

    /**
     * POSTs a representation, e.g. a realm to {@code /admin/realms}.
     *
     * @param path           admin path
     * @param representation what Jackson turns into the JSON body
     */
    void create(String path, Object representation) {
        exchange(authorized(path).POST(body(representation)).build(), "POST " + path);
    }

    /**
     * PUTs a representation, replacing the addressed settings.
     *
     * @param path           admin path
     * @param representation what Jackson turns into the JSON body
     */
    void update(String path, Object representation) {
        exchange(authorized(path).PUT(body(representation)).build(), "PUT " + path);
    }

    /**
     * GETs a representation.
     *
     * @param path admin path
     * @return the JSON answer
     */
    JsonNode read(String path) {
        return exchange(authorized(path).GET().build(), "GET " + path);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json");
    }

    private static HttpRequest.BodyPublisher body(Object representation) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(representation));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode exchange(HttpRequest request, String what) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                // Admin error bodies name the rejected field; they carry no secrets of ours.
                throw new IllegalStateException("Keycloak admin API refused " + what + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak admin API unreachable for " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + what, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
