package no.blaresept.auth.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.OrganisationContext;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AuthChallenge;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptListener;
import org.jspecify.annotations.Nullable;

/**
 * Everything one HelseID client needs against one STS, shared by the provider, its organisation
 * views and user sessions: discovery, client assertions, DPoP proofs and nonces (STS and APIs kept
 * apart), the token cache per (issuer, client, scopes, tenant), and the executor that renews tokens.
 * Thread-safe.
 */
public final class HelseIdEngine implements AutoCloseable {

    private final String clientId;
    private final URI issuer;
    private final Discovery discovery;
    private final ClientAssertions assertions;
    private final Optional<DpopProofs> proofs;
    private final Optional<String> dpopThumbprint;
    private final StsClient sts;
    private final DpopNonces apiNonces = new DpopNonces();
    private final Clock clock;
    private final Duration renewBefore;
    private final ExecutorService executor;
    private final ConcurrentMap<CacheKey, TokenSlot> cache = new ConcurrentHashMap<>();
    private final IdTokens idTokens;
    private final BlareseptListener listener;

    /** Cache key: tokens are kept apart per issuer, client, scope set and tenant. */
    record CacheKey(URI issuer, String clientId, Set<String> scopes, String tenant) {
    }

    /**
     * @param issuer         the configured issuer
     * @param clientId       the client id
     * @param http           the STS HTTP helper
     * @param assertions     the client assertion builder
     * @param proofs         the DPoP proof builder, empty when DPoP is off
     * @param dpopThumbprint the DPoP key thumbprint, empty when DPoP is off
     * @param clock          the clock
     * @param renewBefore    how long before expiry renewal starts
     * @param endpointHosts  hosts besides the issuer's that discovery may name as endpoints
     * @param listener       told of every token fetch and failure
     */
    public HelseIdEngine(URI issuer, String clientId, StsHttp http, ClientAssertions assertions,
                         Optional<DpopProofs> proofs, Optional<String> dpopThumbprint, Clock clock, Duration renewBefore,
                         Set<String> endpointHosts, BlareseptListener listener) {
        this.listener = listener;
        this.issuer = issuer;
        this.clientId = clientId;
        this.discovery = new Discovery(issuer, http, clock, endpointHosts);
        this.assertions = assertions;
        this.proofs = proofs;
        this.dpopThumbprint = dpopThumbprint;
        this.sts = new StsClient(http, proofs, new DpopNonces());
        this.idTokens = new IdTokens(http, clock);
        this.clock = clock;
        this.renewBefore = renewBefore;
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "helseid-token-renewal");
            t.setDaemon(true);
            return t;
        });
    }

    /** The client id. */
    public String clientId() {
        return clientId;
    }

    /** Now, on the configured clock. */
    public Instant now() {
        return clock.instant();
    }

    /** The STS metadata (discovery), cached. */
    public ProviderMetadata metadata() {
        return discovery.metadata();
    }

    /** The ID token validator (its key set is cached here). */
    public IdTokens idTokens() {
        return idTokens;
    }

    /** The DPoP key thumbprint tokens are bound to, when DPoP is on. */
    public Optional<String> dpopThumbprint() {
        return dpopThumbprint;
    }

    /**
     * A cached client-credentials token for the scopes and tenant, renewed early and single-flight.
     *
     * @param scopes       the scopes
     * @param organisation the tenant, if any
     * @param deadline     when the caller stops waiting for a fetch (system UTC clock; {@link Instant#MAX}: none)
     * @return the token
     */
    public AccessToken clientCredentials(Set<String> scopes, Optional<OrganisationContext> organisation,
                                         Instant deadline) {
        Set<String> sorted = new TreeSet<>(scopes);
        return slot(sorted, organisation).get(deadline);
    }

    /** Drops the cached client-credentials token for the scopes and tenant. */
    public void invalidate(Set<String> scopes, Optional<OrganisationContext> organisation) {
        TokenSlot s = cache.get(key(new TreeSet<>(scopes), organisation));
        if (s != null) {
            s.invalidate();
        }
    }

    private TokenSlot slot(Set<String> scopes, Optional<OrganisationContext> organisation) {
        return cache.computeIfAbsent(key(scopes, organisation),
                k -> newSlot(scopes, () -> fetchClientCredentials(scopes, organisation), null));
    }

    private CacheKey key(Set<String> scopes, Optional<OrganisationContext> organisation) {
        return new CacheKey(issuer, clientId, Set.copyOf(scopes),
                organisation.map(OrganisationContext::toString).orElse(""));
    }

    /** A token slot for the scopes on this engine's executor, clock, renewal timing and listeners. */
    public TokenSlot newSlot(Set<String> scopes, Supplier<AccessToken> fetcher, @Nullable AccessToken initial) {
        return new TokenSlot(fetcher, executor, clock, renewBefore, initial, listener, scopes);
    }

    private AccessToken fetchClientCredentials(Set<String> scopes, Optional<OrganisationContext> organisation) {
        String scope = String.join(" ", scopes);
        TokenResponse r = tokenRequest(organisation, "client credentials token request", () -> {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "client_credentials");
            form.put("scope", scope);
            return form;
        });
        return toAccessToken(r, scopes);
    }

    /**
     * Sends a token request with client authentication added to each attempt's form.
     *
     * @param organisation the organisation context for the assertion
     * @param what         names the request in errors
     * @param grant        the grant's own form fields
     * @return the token answer
     */
    public TokenResponse tokenRequest(Optional<OrganisationContext> organisation, String what,
                                      Supplier<Map<String, String>> grant) {
        return atEndpoint(ProviderMetadata::tokenEndpoint,
                (m, endpoint) -> sts.token(endpoint, () -> authenticated(m, grant.get(), organisation), what));
    }

    /**
     * Runs an STS request at the endpoint discovery names. When the endpoint fails without an OAuth
     * answer (unreachable, 404, a non-OAuth error page) discovery is fetched anew, and the request is
     * repeated once only if the STS now names another endpoint: the first attempt never reached the
     * new one, so nothing (a code, a refresh token) was used up. A refused client assertion names the
     * algorithm and key id that signed it.
     */
    private <T> T atEndpoint(Function<ProviderMetadata, URI> which, BiFunction<ProviderMetadata, URI, T> request) {
        ProviderMetadata m = discovery.metadata();
        URI endpoint = which.apply(m);
        try {
            return explainRefusedAssertion(() -> request.apply(m, endpoint));
        } catch (HelseIdException e) {
            if (e.error().isPresent()) {
                throw e;
            }
            discovery.invalidate();
            ProviderMetadata fresh = discovery.metadata();
            URI moved = which.apply(fresh);
            if (moved.equals(endpoint)) {
                throw e;
            }
            return explainRefusedAssertion(() -> request.apply(fresh, moved));
        }
    }

    private <T> T explainRefusedAssertion(Supplier<T> request) {
        try {
            return request.get();
        } catch (HelseIdException e) {
            if (!e.error().filter("invalid_client"::equals).isPresent()) {
                throw e;
            }
            throw new HelseIdException(e.getMessage() + ". The client assertion was signed with " + assertions.algorithm()
                    + " and key id " + assertions.keyId() + "; if HelseID registered the key for another algorithm "
                    + "(e.g. RS256) or key id, load it with ClientKey.withAlgorithm(...) or withKeyId(...)",
                    e.error().orElse(null), e.errorDescription().orElse(null), e.httpStatus().orElse(0), e);
        }
    }

    /**
     * Pushes an authorization request (PAR) with client authentication and, when DPoP is on,
     * {@code dpop_jkt} so the code is bound to the DPoP key.
     *
     * @param params       the authorization request parameters
     * @param organisation the organisation context for the assertion
     * @return {@code request_uri} and its lifetime in seconds
     */
    public Map.Entry<String, Long> pushAuthorizationRequest(Map<String, String> params,
                                                            Optional<OrganisationContext> organisation) {
        StsHttp.Answer a = atEndpoint(m -> m.parEndpoint().orElseThrow(() -> new HelseIdException(
                "STS offers no pushed_authorization_request_endpoint in its discovery document: " + issuer)),
                (m, par) -> sts.par(par, () -> {
                    Map<String, String> form = new LinkedHashMap<>(params);
                    dpopThumbprint.ifPresent(t -> form.put("dpop_jkt", t));
                    return authenticated(m, form, organisation);
                }));
        return Map.entry(a.text("request_uri").orElseThrow(), a.body().path("expires_in").asLong(60));
    }

    private Map<String, String> authenticated(ProviderMetadata m, Map<String, String> form,
                                              Optional<OrganisationContext> organisation) {
        Map<String, String> f = new LinkedHashMap<>(form);
        f.put("client_id", clientId);
        f.put("client_assertion_type", ClientAssertions.ASSERTION_TYPE);
        f.put("client_assertion", assertions.create(m.issuer(), organisation.map(OrganisationContext::assertionDetails)));
        return f;
    }

    /**
     * Turns a token answer into an {@link AccessToken}; a DPoP client insists on a DPoP-bound token.
     *
     * @param r         the answer
     * @param requested the scopes asked for (used when the STS does not name the granted ones)
     * @return the token
     */
    public AccessToken toAccessToken(TokenResponse r, Set<String> requested) {
        boolean dpopToken = "DPoP".equalsIgnoreCase(r.tokenType());
        if (proofs.isPresent() && !dpopToken) {
            throw new HelseIdException("STS issued a " + r.tokenType()
                    + " token although a DPoP proof was sent; the client must be registered for DPoP: " + issuer);
        }
        Instant now = clock.instant();
        Set<String> scopes = r.scope().map(s -> Arrays.stream(s.trim().split("\\s+"))
                .filter(x -> !x.isEmpty()).collect(Collectors.toSet())).orElse(requested);
        return new AccessToken(r.accessToken(), dpopToken ? "DPoP" : "Bearer", scopes, now,
                now.plusSeconds(r.expiresIn()), dpopToken ? dpopThumbprint : Optional.empty());
    }

    /** The headers for one API request with this token: DPoP token and a fresh proof, or bearer. */
    public AuthorizationHeaders headers(String method, URI uri, AccessToken token) {
        if (token.isDpopBound()) {
            DpopProofs p = proofs.orElseThrow(() -> new HelseIdException("DPoP-bound token but DPoP is off"));
            return AuthorizationHeaders.dpop(token.value(), p.forApiRequest(method, uri, token.value(), apiNonces.get(uri)));
        }
        return AuthorizationHeaders.bearer(token.value());
    }

    /**
     * Handles an API's refusal: stores a demanded DPoP nonce (retry), or calls {@code dropToken}
     * for a refused token (retry with a new one). A rejected proof is not retried.
     *
     * @param request   the refused request
     * @param challenge the refusal
     * @param dropToken drops the token the request used
     * @return whether one retry may succeed
     */
    public boolean onChallenge(ApiRequest request, AuthChallenge challenge, Runnable dropToken) {
        if (challenge.isDpopNonceRequired()) {
            apiNonces.remember(request.uri(), challenge.dpopNonce());
            return true;
        }
        apiNonces.remember(request.uri(), challenge.dpopNonce());
        boolean proofRejected = challenge.wwwAuthenticate().map(h -> h.contains("invalid_dpop_proof")).orElse(false);
        if (challenge.status() == 401 && !proofRejected) {
            dropToken.run();
            return true;
        }
        return false;
    }

    /** Stops the renewal executor; cached tokens can no longer be renewed. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
