package no.blaresept.auth.interop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.blaresept.sdk.spi.BlareseptScope;

/**
 * The realm the interop tests talk to, configured through the admin API the way HelseID treats a
 * machine-to-machine EPJ client: a confidential client that authenticates with {@code private_key_jwt}
 * (its public key registered as a JWKS), must present DPoP proofs (tokens bound to the proof key),
 * must push authorization requests (PAR) with PKCE S256, and may use client credentials (service
 * account). The three Blåresept scopes exist as optional client scopes; a user can log in with a
 * password (standing in for HelseID's identity providers).
 *
 * <p>Public, with the key generator, for the examples module's Keycloak test (this module's test-jar).
 *
 * <p>Immutable and thread-safe.
 *
 * @param issuer      the realm's issuer, {@code http://127.0.0.1:port/realms/blaresept-interop}
 * @param clientId    the confidential client's id
 * @param clientKey   the client's private signing key (its public half is registered)
 * @param redirectUri  the redirect URI registered for the authorization code flow
 * @param userPassword the password of the realm's user {@link #USERNAME} (generated per run)
 */
public record InteropRealm(URI issuer, String clientId, RSAKey clientKey, URI redirectUri, String userPassword) {

    static final String REALM = "blaresept-interop";
    static final String CLIENT_ID = "blaresept-epj";
    /** A client granted only openid, the Blåresept scopes and (optional) offline_access: no profile, email or roles. */
    static final String STRICT_CLIENT_ID = "blaresept-epj-strict";
    /** The identity claims the strict client's ID tokens carry, as HelseID names them (hard-coded mappers). */
    static final Map<String, String> IDENTITY_CLAIMS = Map.of(
            "helseid://claims/identity/pid", "15838510075",
            "helseid://claims/hpr/hpr_number", "565501872",
            "helseid://claims/identity/security_level", "4");
    static final String USERNAME = "kari.lege";
    /** Short, so the provider's early renewal (at half the lifetime) happens within a test. */
    public static final int ACCESS_TOKEN_SECONDS = 10;
    static final JWSAlgorithm CLIENT_ALGORITHM = JWSAlgorithm.PS256;

    /** Every Blåresept scope string, as registered in the realm. */
    public static final List<String> SCOPES = Arrays.stream(BlareseptScope.values()).map(BlareseptScope::value).toList();

    /**
     * Creates the realm, its scopes and the client.
     *
     * @param server the running server
     * @return what a test needs to talk to the realm
     */
    static InteropRealm configure(KeycloakServer server) {
        RSAKey clientKey = generateKey("blaresept-epj-key-1");
        String password = UUID.randomUUID().toString();
        URI redirectUri = URI.create("http://127.0.0.1/epj/callback");
        KeycloakAdmin admin = KeycloakAdmin.login(server);
        // Refresh tokens are single-use, so a client that does not keep the rotated one fails.
        admin.create("/admin/realms", Map.of("realm", REALM, "enabled", true,
                "revokeRefreshToken", true, "refreshTokenMaxReuse", 0));
        for (String scope : SCOPES) {
            admin.create("/admin/realms/" + REALM + "/client-scopes", Map.of(
                    "name", scope,
                    "protocol", "openid-connect",
                    "attributes", Map.of("include.in.token.scope", "true", "display.on.consent.screen", "false")));
        }
        admin.create("/admin/realms/" + REALM + "/clients", clientRepresentation(clientKey, redirectUri));
        admin.create("/admin/realms/" + REALM + "/clients", strictClientRepresentation(clientKey, redirectUri));
        admin.create("/admin/realms/" + REALM + "/users", Map.of(
                "username", USERNAME, "enabled", true, "emailVerified", true,
                "firstName", "Kari", "lastName", "Lege", "email", "kari.lege@example.invalid",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))));
        return new InteropRealm(server.baseUri().resolve("/realms/" + REALM), CLIENT_ID, clientKey, redirectUri,
                password);
    }

    private static Map<String, Object> clientRepresentation(RSAKey clientKey, URI redirectUri) {
        return Map.ofEntries(
                Map.entry("clientId", CLIENT_ID),
                Map.entry("protocol", "openid-connect"),
                Map.entry("enabled", true),
                Map.entry("publicClient", false),
                Map.entry("clientAuthenticatorType", "client-jwt"),
                Map.entry("serviceAccountsEnabled", true),
                Map.entry("standardFlowEnabled", true),
                Map.entry("directAccessGrantsEnabled", false),
                Map.entry("redirectUris", List.of(redirectUri.toString())),
                // Naming optional scopes drops the realm's defaults, so they are named too; offline_access
                // because the provider's user login asks for a refresh token by default.
                Map.entry("defaultClientScopes", List.of("basic", "acr", "profile", "roles", "web-origins")),
                Map.entry("optionalClientScopes", Stream.concat(SCOPES.stream(), Stream.of("offline_access")).toList()),
                Map.entry("attributes", Map.of(
                        "use.jwks.string", "true",
                        "jwks.string", new JWKSet(clientKey.toPublicJWK()).toString(),
                        "token.endpoint.auth.signing.alg", CLIENT_ALGORITHM.getName(),
                        "access.token.lifespan", String.valueOf(ACCESS_TOKEN_SECONDS),
                        "dpop.bound.access.tokens", "true",
                        "require.pushed.authorization.requests", "true",
                        "pkce.code.challenge.method", "S256")));
    }

    /**
     * The strict client: user login only, with the same key and security settings as the main client,
     * but only {@code basic} (the {@code sub} claim) as default scope and the Blåresept scopes and
     * {@code offline_access} as optional ones, so asking for {@code profile} is refused.
     */
    private static Map<String, Object> strictClientRepresentation(RSAKey clientKey, URI redirectUri) {
        Map<String, Object> client = new java.util.LinkedHashMap<>(clientRepresentation(clientKey, redirectUri));
        client.put("clientId", STRICT_CLIENT_ID);
        client.put("serviceAccountsEnabled", false);
        client.put("defaultClientScopes", List.of("basic"));
        client.put("protocolMappers", IDENTITY_CLAIMS.entrySet().stream().map(c -> Map.of(
                "name", c.getKey(), "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-claim-mapper",
                "config", Map.of("claim.name", c.getKey(), "claim.value", c.getValue(), "jsonType.label", "String",
                        "id.token.claim", "true", "access.token.claim", "false", "userinfo.token.claim", "false"))).toList());
        return client;
    }

    /** The strict client's id. */
    String strictClientId() {
        return STRICT_CLIENT_ID;
    }

    /**
     * A fresh 2048-bit RSA signing key with the given key id.
     *
     * @param keyId the {@code kid}
     * @return the private JWK
     */
    public static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(CLIENT_ALGORITHM).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
    }

    /** The realm's token endpoint. */
    URI tokenEndpoint() {
        return URI.create(issuer + "/protocol/openid-connect/token");
    }

    /** The realm's pushed authorization request endpoint. */
    URI parEndpoint() {
        return URI.create(issuer + "/protocol/openid-connect/ext/par/request");
    }

    /** The realm's userinfo endpoint: a DPoP-protected resource Keycloak itself serves. */
    URI userinfoEndpoint() {
        return URI.create(issuer + "/protocol/openid-connect/userinfo");
    }

    /** The realm's authorization endpoint. */
    URI authorizationEndpoint() {
        return URI.create(issuer + "/protocol/openid-connect/auth");
    }

    /** Names the issuer and client only; the key is masked. */
    @Override
    public String toString() {
        return "InteropRealm[issuer=" + issuer + ", clientId=" + clientId + ", key and password masked]";
    }
}
