package no.blaresept.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.blaresept.auth.internal.ClientAssertions;
import no.blaresept.auth.internal.DpopProofs;
import no.blaresept.auth.internal.HelseIdEngine;
import no.blaresept.auth.internal.RedirectParameters;
import no.blaresept.auth.internal.StsHttp;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AuthChallenge;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.sdk.spi.RequestAuthenticator;

/**
 * HelseID client for the Blåresept APIs and any other HelseID-protected API (T-2.1, T-2.4, T-2.5,
 * A-1 … A-3). Obtains system-level tokens with client credentials, authenticating with
 * private_key_jwt client assertions ({@code typ=client-authentication+jwt}, {@code aud} = issuer),
 * binds them to a DPoP key, caches them per (issuer, client, scopes, organisation) with early,
 * single-flight renewal (T-2.6), and adds {@code Authorization: DPoP …} plus a fresh DPoP proof to
 * every API request. User-level tokens (authorization code + PKCE + PAR) start with
 * {@link #beginUserLogin(UserLoginRequest)}.
 *
 * <pre>{@code
 * HelseIdTokenProvider helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
 *         .issuer("https://helseid-sts.nhn.no")
 *         .clientId("my-epj-client")
 *         .clientKey(ClientKey.fromJwkFile(Path.of("helseid-key.json")))
 *         .build());
 * BlareseptClient client = BlareseptClient.builder().authentication(helseId).build();
 * }</pre>
 *
 * <p>Thread-safe and meant to be shared: create one per client and STS, and {@link #close()} it
 * when the application stops. Views from {@link #forOrganisation} share its keys, cache and threads.
 */
public final class HelseIdTokenProvider implements RequestAuthenticator, AutoCloseable {

    private final HelseIdEngine engine;
    private final Optional<OrganisationContext> organisation;

    private HelseIdTokenProvider(HelseIdEngine engine, Optional<OrganisationContext> organisation) {
        this.engine = engine;
        this.organisation = organisation;
    }

    /**
     * A provider for one client at one STS. No network call happens until the first token is needed.
     *
     * @param config issuer, client, keys and timing
     * @return the provider
     */
    public static HelseIdTokenProvider of(HelseIdConfig config) {
        Objects.requireNonNull(config, "config");
        ClientKey key = config.clientKey();
        ClientAssertions assertions = new ClientAssertions(config.clientId(), key.signer(), key.jwsAlgorithm(),
                key.keyId(), config.assertionLifetime(), config.clock());
        Optional<DpopKey> dpopKey = config.dpop()
                ? Optional.of(config.dpopKey().orElseGet(DpopKey::generate)) : Optional.empty();
        Optional<DpopProofs> proofs = dpopKey.map(k -> new DpopProofs(k.jwk(), k.jwsAlgorithm(), config.clock()));
        HttpClient http = config.httpClient().orElseGet(() -> HttpClient.newBuilder()
                .connectTimeout(config.requestTimeout()).followRedirects(HttpClient.Redirect.NEVER).build());
        HelseIdEngine engine = new HelseIdEngine(config.issuer(), config.clientId(),
                new StsHttp(http, config.requestTimeout()), assertions, proofs,
                dpopKey.map(DpopKey::thumbprint), config.clock(), config.renewBefore(), config.endpointHosts(),
                BlareseptListener.composite(config.listeners()));
        return new HelseIdTokenProvider(engine, config.organisation());
    }

    /**
     * A view of this provider acting for another organisation (multi-tenant EPJs): same client,
     * keys, nonces and threads, tokens cached separately per organisation.
     *
     * @param organisation the organisation context for this view's tokens
     * @return the view; closing it closes the shared provider
     */
    public HelseIdTokenProvider forOrganisation(OrganisationContext organisation) {
        return new HelseIdTokenProvider(engine, Optional.of(Objects.requireNonNull(organisation, "organisation")));
    }

    /** The organisation context this provider's tokens are issued for, if any. */
    public Optional<OrganisationContext> organisation() {
        return organisation;
    }

    /** The RFC 7638 thumbprint of the DPoP key tokens are bound to; empty when DPoP is off. */
    public Optional<String> dpopKeyThumbprint() {
        return engine.dpopThumbprint();
    }

    /**
     * A client-credentials token for the scopes, from the cache when fresh (T-2.6).
     *
     * @param scopes the scopes, e.g. {@code hdir:blareseptsoknad/soknad}
     * @return the token
     * @throws HelseIdException when the STS refuses or cannot be reached
     */
    public AccessToken accessToken(Set<String> scopes) {
        Objects.requireNonNull(scopes, "scopes");
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("scopes must name at least one scope");
        }
        return engine.clientCredentials(scopes, organisation, Instant.MAX);
    }

    /**
     * A client-credentials token for one Blåresept scope (T-2.5).
     *
     * @param scope the scope
     * @return the token
     */
    public AccessToken accessToken(BlareseptScope scope) {
        Objects.requireNonNull(scope, "scope");
        return accessToken(Set.of(scope.value()));
    }

    /**
     * {@code Authorization: DPoP <token>} and a fresh proof for this request, with the endpoint's
     * scope (T-2.4). Waiting for a token counts against the request's deadline.
     *
     * @throws HelseIdException retryable when no token came before the deadline or the thread was
     *                          interrupted (its interrupt flag stays set)
     */
    @Override
    public AuthorizationHeaders authorize(ApiRequest request) {
        Objects.requireNonNull(request, "request");
        AccessToken token = engine.clientCredentials(Set.of(request.scope().value()), organisation, request.deadline());
        return engine.headers(request.method(), request.uri(), token);
    }

    /**
     * Headers for a request to any HelseID-protected API with a token of this provider.
     *
     * @param method the HTTP method
     * @param uri    the absolute request URI ({@code htu} drops its query and fragment)
     * @param token  a token from {@link #accessToken(Set)}
     * @return the headers to add
     */
    public AuthorizationHeaders authorize(String method, URI uri, AccessToken token) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(token, "token");
        return engine.headers(method.toUpperCase(java.util.Locale.ROOT), uri, token);
    }

    /** Remembers an API's DPoP nonce, or drops a refused token; says whether one retry may succeed. */
    @Override
    public boolean onChallenge(ApiRequest request, AuthChallenge challenge) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(challenge, "challenge");
        return engine.onChallenge(request, challenge,
                () -> engine.invalidate(Set.of(request.scope().value()), organisation));
    }

    /**
     * Starts a user login (authorization code + PKCE S256 + PAR, A-2): pushes the authorization
     * request to the STS and returns the URL the EPJ opens in the browser.
     *
     * @param request redirect URI, scopes and options
     * @return the pending login to hand to {@link #completeUserLogin}
     * @throws HelseIdException when the STS refuses the pushed request
     */
    public UserLogin beginUserLogin(UserLoginRequest request) {
        Objects.requireNonNull(request, "request");
        return UserLogins.begin(engine, organisation, request);
    }

    /**
     * Completes a login with the redirect the browser was sent to: checks {@code iss} (RFC 9207:
     * it must name this STS, and must be present when the STS advertises it) and {@code state}
     * before anything else, turns an {@code error} redirect into an exception with the STS's error,
     * redeems the code, validates the ID token and starts a user session that refreshes itself when
     * the login asked for a refresh token.
     *
     * @param login    the pending login from {@link #beginUserLogin}
     * @param redirect the whole redirect URI, query included (e.g. from {@link LoopbackRedirectReceiver})
     * @return the user session, itself a {@link RequestAuthenticator}
     * @throws HelseIdException when {@code iss} or {@code state} is wrong, the STS reported an error,
     *                          refused the code, or sent an invalid ID token; no token request is made
     *                          for a wrong {@code iss} or {@code state}
     */
    public UserSession completeUserLogin(UserLogin login, URI redirect) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(redirect, "redirect");
        return completeUserLogin(login, RedirectParameters.of(redirect));
    }

    /**
     * Completes a login with the redirect's query parameters, for EPJs whose web framework has already
     * parsed them; otherwise as {@link #completeUserLogin(UserLogin, URI)}.
     *
     * @param login              the pending login from {@link #beginUserLogin}
     * @param redirectParameters the redirect's parameters ({@code code}, {@code state}, {@code iss},
     *                           or {@code error} and {@code error_description})
     * @return the user session
     * @throws HelseIdException as for {@link #completeUserLogin(UserLogin, URI)}
     */
    public UserSession completeUserLogin(UserLogin login, Map<String, String> redirectParameters) {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(redirectParameters, "redirectParameters");
        redirectParameters.forEach((name, value) -> Objects.requireNonNull(value, "redirectParameters value of " + name));
        return UserLogins.complete(engine, organisation, login, Map.copyOf(redirectParameters));
    }

    /** Stops background renewal; the provider and its views cannot fetch tokens afterwards. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "HelseIdTokenProvider[client=" + engine.clientId()
                + organisation.map(o -> ", " + o).orElse("")
                + engine.dpopThumbprint().map(t -> ", dpop jkt=" + t).orElse(", bearer") + "]";
    }
}
