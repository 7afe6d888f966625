package no.blaresept.testkit.helseid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.testkit.ApiAccessCheck;
import no.blaresept.testkit.helseid.internal.ApiTokenCheck;
import no.blaresept.testkit.helseid.internal.AssertionVerifier;
import no.blaresept.testkit.helseid.internal.AuthorizationEndpoints;
import no.blaresept.testkit.helseid.internal.Grants;
import no.blaresept.testkit.helseid.internal.OAuthError;
import no.blaresept.testkit.helseid.internal.ProofVerifier;
import no.blaresept.testkit.helseid.internal.RegisteredClient;
import no.blaresept.testkit.helseid.internal.StsAnswer;
import no.blaresept.testkit.helseid.internal.StsRouter;
import no.blaresept.testkit.helseid.internal.StsSettings;
import no.blaresept.testkit.helseid.internal.TokenEndpoint;
import no.blaresept.testkit.helseid.internal.TokenIssuer;

/**
 * A mock HelseID STS on a random loopback port, for testing an EPJ's HelseID setup without the
 * real test environment. It verifies what HelseID verifies and refuses with the standard OAuth
 * error codes: client assertions ({@code typ=client-authentication+jwt}, {@code aud} = issuer,
 * registered client and key, unexpired, unused {@code jti}: {@code invalid_client}); DPoP proofs
 * ({@code htm}, {@code htu}, recent {@code iat}, unused {@code jti}: {@code invalid_dpop_proof};
 * a demanded nonce: {@code use_dpop_nonce} with a {@code DPoP-Nonce} header); PKCE and code
 * binding ({@code invalid_grant}); pushed {@code request_uri}s ({@code invalid_request_uri}); scopes
 * not granted to the client ({@code invalid_scope}). Its tokens are DPoP-bound ({@code cnf.jkt});
 * a code redeemed for {@code openid} also yields a signed ID token with the login's {@code nonce},
 * {@code at_hash} and the {@link MockHelseIdUser}'s identity claims; redirects carry {@code iss}.
 * {@link #apiAccessCheck()} lets the mock Blåresept API accept exactly those tokens with matching
 * proofs. Switches make it misbehave the ways a strict client must refuse: another {@code iss} in
 * the redirect ({@link #redirectIssuer}), a foreign token endpoint in discovery
 * ({@link #advertiseTokenEndpoint}).
 *
 * <pre>{@code
 * try (MockHelseIdSts sts = MockHelseIdSts.start()) {
 *     MockHelseIdClient client = sts.registerClient("my-epj");
 *     HelseIdTokenProvider helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
 *             .issuer(sts.issuer()).clientId(client.clientId()).clientKey(client.clientKey()).build());
 *     BlareseptMockServer api = BlareseptMockServer.builder().accessCheck(sts.apiAccessCheck()).start();
 * }
 * }</pre>
 *
 * <p>Thread-safe: tests may change its switches while requests are in flight.
 */
public final class MockHelseIdSts implements AutoCloseable {

    /** Scopes a client may ask for unless registered otherwise: OpenID Connect and the Blåresept scopes. */
    public static final Set<String> DEFAULT_SCOPES = defaultScopes();

    private final WireMockServer server;
    private final String issuer;
    private final ConcurrentMap<String, RegisteredClient> clients = new ConcurrentHashMap<>();
    private final StsSettings settings;
    private final TokenEndpoint tokenEndpoint;
    private final AuthorizationEndpoints authorization;
    private final ApiTokenCheck apiCheck;

    private MockHelseIdSts(Clock clock) {
        StsRouter router = new StsRouter();
        this.server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(router));
        server.start();
        this.issuer = "http://127.0.0.1:" + server.port();
        this.settings = new StsSettings(issuer);
        TokenIssuer tokens = new TokenIssuer(issuer, clock);
        Grants grants = new Grants();
        this.tokenEndpoint = new TokenEndpoint(new AssertionVerifier(issuer, clients, clock), new ProofVerifier(clock),
                tokens, grants, settings, "sts-nonce-" + UUID.randomUUID(), clock);
        this.authorization = new AuthorizationEndpoints(tokenEndpoint, grants, settings, clock);
        this.apiCheck = new ApiTokenCheck(tokens, new ProofVerifier(clock), settings, "api-nonce-" + UUID.randomUUID());
        router.bind(issuer, tokens, tokenEndpoint, authorization, settings);
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(StsRouter.NAME)));
    }

    /** Starts a mock STS on a random loopback port with the system clock. */
    public static MockHelseIdSts start() {
        return start(Clock.systemUTC());
    }

    /**
     * Starts a mock STS on a random loopback port.
     *
     * @param clock the clock it judges expiry and {@code iat} by
     * @return the running mock
     */
    public static MockHelseIdSts start(Clock clock) {
        return new MockHelseIdSts(Objects.requireNonNull(clock, "clock"));
    }

    /** The issuer, e.g. {@code http://127.0.0.1:53124}: configure the provider with it. */
    public URI issuer() {
        return URI.create(issuer);
    }

    /**
     * Registers a client with a freshly generated EC P-256 key, the default scopes and DPoP required.
     *
     * @param clientId the client id
     * @return the client with its private key
     */
    public MockHelseIdClient registerClient(String clientId) {
        return registerClient(clientId, DEFAULT_SCOPES);
    }

    /**
     * Registers a client with a freshly generated EC P-256 key, DPoP required, that may ask only for
     * {@code allowedScopes}: a strictly configured client, e.g. without {@code profile} and
     * {@code offline_access}. Any other scope is refused with {@code invalid_scope}.
     *
     * @param clientId      the client id
     * @param allowedScopes the scopes it may ask for
     * @return the client with its private key
     */
    public MockHelseIdClient registerClient(String clientId, Set<String> allowedScopes) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(allowedScopes, "allowedScopes");
        try {
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(clientId + "-key-" + UUID.randomUUID()).generate();
            clients.put(clientId, new RegisteredClient(clientId, key.toPublicJWK(), Set.copyOf(allowedScopes), true));
            return new MockHelseIdClient(clientId, key.toJSONString());
        } catch (JOSEException e) {
            throw new IllegalStateException("test key cannot be generated", e);
        }
    }

    /**
     * Registers a client whose public key you bring (e.g. the public half of a key file).
     *
     * @param clientId      the client id
     * @param publicJwk     the public key as JWK JSON; its {@code kid} must match the assertions'
     * @param allowedScopes the scopes it may ask for
     * @param requireDpop   whether it must send DPoP proofs (HelseID requires it)
     */
    public void registerClient(String clientId, String publicJwk, Set<String> allowedScopes, boolean requireDpop) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(publicJwk, "publicJwk");
        try {
            clients.put(clientId, new RegisteredClient(clientId, JWK.parse(publicJwk).toPublicJWK(),
                    Set.copyOf(allowedScopes), requireDpop));
        } catch (ParseException e) {
            throw new IllegalArgumentException("publicJwk is not a JWK: " + e.getMessage(), e);
        }
    }

    /** Makes the token and PAR endpoints demand a DPoP nonce ({@code use_dpop_nonce}) from now on. */
    public MockHelseIdSts requireStsNonce(boolean required) {
        settings.stsNonceRequired(required);
        return this;
    }

    /** Makes {@link #apiAccessCheck()} demand a DPoP nonce from now on. */
    public MockHelseIdSts requireApiNonce(boolean required) {
        settings.apiNonceRequired(required);
        return this;
    }

    /** Sets the lifetime of tokens issued from now on (HelseID: usually 60 minutes). */
    public MockHelseIdSts tokenLifetime(Duration lifetime) {
        settings.tokenLifetime(Objects.requireNonNull(lifetime, "lifetime"));
        return this;
    }

    /**
     * Makes the authorization redirect name another {@code iss} (a mix-up attack, RFC 9207), or none
     * when empty; a strict client refuses both since this mock advertises
     * {@code authorization_response_iss_parameter_supported}.
     *
     * @param iss the issuer to name, or empty for none
     * @return this mock
     */
    public MockHelseIdSts redirectIssuer(Optional<String> iss) {
        settings.redirectIssuer(Objects.requireNonNull(iss, "iss"));
        return this;
    }

    /**
     * Makes discovery name {@code tokenEndpoint} instead of the mock's own (an endpoint on another
     * host, or a moved one); a strict client refuses a foreign host without sending it an assertion.
     *
     * @param tokenEndpoint the token endpoint to advertise
     * @return this mock
     */
    public MockHelseIdSts advertiseTokenEndpoint(URI tokenEndpoint) {
        settings.advertisedTokenEndpoint(Objects.requireNonNull(tokenEndpoint, "tokenEndpoint"));
        return this;
    }

    /**
     * Sets the user {@link #simulateUserLogin} logs in as (default {@link MockHelseIdUser#standard()}).
     *
     * @param user the user
     * @return this mock
     */
    public MockHelseIdSts loginAs(MockHelseIdUser user) {
        settings.user(Objects.requireNonNull(user, "user"));
        return this;
    }

    /** How many access tokens this mock has issued: tests count STS calls with it. */
    public int tokensIssued() {
        return tokenEndpoint.issued();
    }

    /** The check to give the mock Blåresept API so it accepts only this STS's tokens with valid proofs. */
    public ApiAccessCheck apiAccessCheck() {
        return apiCheck;
    }

    /**
     * Checks one API request's token, DPoP proof and {@code ath} directly.
     *
     * @param call the request
     * @return allow, or the refusal with its {@code WWW-Authenticate} (and {@code DPoP-Nonce})
     */
    public ApiAccessCheck.Decision verifyApiRequest(ApiAccessCheck.ApiCall call) {
        return apiCheck.check(Objects.requireNonNull(call, "call"));
    }

    /**
     * Stands in for the user's browser and level-4 login: follows the authorization URL the SDK
     * built and returns where the STS redirects to (the EPJ's redirect URI with {@code code} and
     * {@code state}).
     *
     * @param authorizationUri the URL from {@code UserLogin.authorizationUri()}
     * @return the redirect URI with code and state
     * @throws IllegalStateException with the OAuth error when the STS refuses (e.g. {@code invalid_request_uri})
     */
    public URI simulateUserLogin(URI authorizationUri) {
        Objects.requireNonNull(authorizationUri, "authorizationUri");
        StsAnswer a;
        try {
            a = authorization.authorize(StsRouter.query(authorizationUri));
        } catch (OAuthError e) {
            throw new IllegalStateException("login refused: " + e.error() + " (" + e.getMessage() + ")");
        }
        return URI.create(a.headers().get("Location"));
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop();
    }

    @Override
    public String toString() {
        return "MockHelseIdSts[" + issuer + ", clients=" + clients.keySet() + "]";
    }

    private static Set<String> defaultScopes() {
        Set<String> s = new LinkedHashSet<>(Set.of("openid", "profile", "offline_access"));
        for (BlareseptScope scope : BlareseptScope.values()) {
            s.add(scope.value());
        }
        return Set.copyOf(s);
    }
}
