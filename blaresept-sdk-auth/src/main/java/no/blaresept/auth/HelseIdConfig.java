package no.blaresept.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.blaresept.auth.internal.Loopback;
import no.blaresept.sdk.spi.BlareseptListener;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link HelseIdTokenProvider} talks to one HelseID STS: the issuer, the client id and key
 * registered there (T-2.3), DPoP (on by default, A-2), the organisation context, cache timing
 * (T-2.6), and how the STS is reached (an {@link HttpClient} with Helsenett's proxy and TLS trust,
 * timeouts, and which hosts besides the issuer's may serve its endpoints), and the listeners told of
 * each token fetched, renewed or refused. Build with
 * {@link #builder()}; {@link Builder#build()} throws {@link HelseIdConfigException} naming the
 * setting at fault.
 *
 * <p>Immutable and thread-safe.
 */
public final class HelseIdConfig {

    /** HelseID's usual lifetime is 60 minutes; renewal starts when 30 remain (T-2.6). */
    public static final Duration DEFAULT_RENEW_BEFORE = Duration.ofMinutes(30);
    /** Client assertions live 10 seconds: long enough for one request, short against replay. */
    public static final Duration DEFAULT_ASSERTION_LIFETIME = Duration.ofSeconds(10);
    /** Per-request timeout towards the STS. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI issuer;
    private final String clientId;
    private final ClientKey clientKey;
    private final boolean dpop;
    private final Optional<DpopKey> dpopKey;
    private final Optional<OrganisationContext> organisation;
    private final Duration renewBefore;
    private final Duration assertionLifetime;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Optional<HttpClient> httpClient;
    private final Set<String> endpointHosts;
    private final List<BlareseptListener> listeners;

    private HelseIdConfig(Builder b) {
        this.issuer = requireIssuer(required(b.issuer, "issuer"));
        this.clientId = requireText(required(b.clientId, "clientId"), "clientId");
        this.clientKey = required(b.clientKey, "clientKey");
        this.dpop = b.dpop;
        this.dpopKey = b.dpopKey;
        this.organisation = b.organisation;
        this.renewBefore = requirePositive(b.renewBefore, "renewBefore");
        this.assertionLifetime = requirePositive(b.assertionLifetime, "assertionLifetime");
        this.requestTimeout = requirePositive(b.requestTimeout, "requestTimeout");
        this.clock = b.clock;
        this.httpClient = b.httpClient;
        this.endpointHosts = Set.copyOf(b.endpointHosts);
        this.listeners = List.copyOf(b.listeners);
        if (!dpop && dpopKey.isPresent()) {
            throw new HelseIdConfigException("dpopKey", "is set but dpop is off; turn dpop on or drop the key");
        }
    }

    /** A builder with the defaults: DPoP on with a generated key, renewal 30 min before expiry. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.issuer = issuer;
        b.clientId = clientId;
        b.clientKey = clientKey;
        b.dpop = dpop;
        b.dpopKey = dpopKey;
        b.organisation = organisation;
        b.renewBefore = renewBefore;
        b.assertionLifetime = assertionLifetime;
        b.requestTimeout = requestTimeout;
        b.clock = clock;
        b.httpClient = httpClient;
        b.endpointHosts.addAll(endpointHosts);
        b.listeners.addAll(listeners);
        return b;
    }

    /** The STS issuer, e.g. {@code https://helseid-sts.nhn.no}; also the client assertion's {@code aud}. */
    public URI issuer() {
        return issuer;
    }

    /** The client id registered in HelseID. */
    public String clientId() {
        return clientId;
    }

    /** The key client assertions are signed with. */
    public ClientKey clientKey() {
        return clientKey;
    }

    /** Whether tokens are DPoP-bound (default true). */
    public boolean dpop() {
        return dpop;
    }

    /** The DPoP key to use; empty means one is generated when the provider is created. */
    public Optional<DpopKey> dpopKey() {
        return dpopKey;
    }

    /** The default organisation context for client-credentials tokens. */
    public Optional<OrganisationContext> organisation() {
        return organisation;
    }

    /** How long before expiry renewal starts (capped at half the token's lifetime). */
    public Duration renewBefore() {
        return renewBefore;
    }

    /** Lifetime of each client assertion. */
    public Duration assertionLifetime() {
        return assertionLifetime;
    }

    /** Per-request timeout towards the STS. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** The clock for assertion, proof and expiry times (injectable for tests). */
    public Clock clock() {
        return clock;
    }

    /** The HTTP client to reach the STS with; empty means a default one. */
    public Optional<HttpClient> httpClient() {
        return httpClient;
    }

    /** Hosts besides the issuer's that the discovery document may name as endpoints (lower case). */
    public Set<String> endpointHosts() {
        return endpointHosts;
    }

    /** The listeners told of token fetches, renewals and failures, in the order added. */
    public List<BlareseptListener> listeners() {
        return listeners;
    }

    @Override
    public String toString() {
        return "HelseIdConfig[issuer=" + issuer + ", clientId=" + clientId + ", clientKey=" + clientKey
                + ", dpop=" + dpop + ", organisation=" + organisation.map(Object::toString).orElse("none")
                + ", renewBefore=" + renewBefore + "]";
    }

    private static <T> T required(@Nullable T value, String setting) {
        if (value == null) {
            throw new HelseIdConfigException(setting, "is required and was not set");
        }
        return value;
    }

    private static URI requireIssuer(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new HelseIdConfigException("issuer", "must be an absolute https URI without query or fragment: " + uri);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !Loopback.isLoopbackHttp(uri)) {
            throw new HelseIdConfigException("issuer", "must use https (plain http only on a loopback address): " + uri);
        }
        return uri;
    }

    private static String requireText(String value, String name) {
        if (value.isBlank()) {
            throw new HelseIdConfigException(name, "must not be blank");
        }
        return value;
    }

    private static Duration requirePositive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new HelseIdConfigException(name, "must be positive, was " + d);
        }
        return d;
    }

    /**
     * Collects a {@link HelseIdConfig}. Issuer, client id and client key are required.
     *
     * <p>Not thread-safe; build once and share the resulting config.
     */
    public static final class Builder {
        private @Nullable URI issuer;
        private @Nullable String clientId;
        private @Nullable ClientKey clientKey;
        private boolean dpop = true;
        private Optional<DpopKey> dpopKey = Optional.empty();
        private Optional<OrganisationContext> organisation = Optional.empty();
        private Duration renewBefore = DEFAULT_RENEW_BEFORE;
        private Duration assertionLifetime = DEFAULT_ASSERTION_LIFETIME;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Clock clock = Clock.systemUTC();
        private Optional<HttpClient> httpClient = Optional.empty();
        private final Set<String> endpointHosts = new LinkedHashSet<>();
        private final List<BlareseptListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** @param issuer the STS issuer URI, exactly as its discovery document states it */
        public Builder issuer(URI issuer) {
            this.issuer = Objects.requireNonNull(issuer, "issuer");
            return this;
        }

        /**
         * @param issuer the STS issuer URI as text
         * @throws HelseIdConfigException when the text is not a URI
         */
        public Builder issuer(String issuer) {
            Objects.requireNonNull(issuer, "issuer");
            try {
                return issuer(URI.create(issuer));
            } catch (IllegalArgumentException e) {
                throw new HelseIdConfigException("issuer", "is not a URI: " + e.getMessage());
            }
        }

        /** @param clientId the client id registered in HelseID */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /** @param clientKey the key client assertions are signed with */
        public Builder clientKey(ClientKey clientKey) {
            this.clientKey = Objects.requireNonNull(clientKey, "clientKey");
            return this;
        }

        /** @param dpop whether tokens are DPoP-bound (HelseID requires it; default true) */
        public Builder dpop(boolean dpop) {
            this.dpop = dpop;
            return this;
        }

        /** @param dpopKey the DPoP key to use instead of a generated one */
        public Builder dpopKey(DpopKey dpopKey) {
            this.dpopKey = Optional.of(Objects.requireNonNull(dpopKey, "dpopKey"));
            return this;
        }

        /** @param organisation the default organisation context */
        public Builder organisation(OrganisationContext organisation) {
            this.organisation = Optional.of(Objects.requireNonNull(organisation, "organisation"));
            return this;
        }

        /** @param renewBefore how long before expiry renewal starts (default 30 minutes) */
        public Builder renewBefore(Duration renewBefore) {
            this.renewBefore = Objects.requireNonNull(renewBefore, "renewBefore");
            return this;
        }

        /** @param assertionLifetime lifetime of each client assertion (default 10 seconds) */
        public Builder assertionLifetime(Duration assertionLifetime) {
            this.assertionLifetime = Objects.requireNonNull(assertionLifetime, "assertionLifetime");
            return this;
        }

        /**
         * @param requestTimeout time for one STS request from connect to the last byte of the answer
         *                       (default 30 seconds); a token wait also ends at the calling API operation's deadline
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /** @param clock the clock for all times (tests inject a controllable one) */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param httpClient the HTTP client to reach the STS with, e.g. one with Helsenett's proxy
         *                   ({@code HttpClient.Builder.proxy}) and an {@code SSLContext} trusting its CA;
         *                   it should not follow redirects
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Optional.of(Objects.requireNonNull(httpClient, "httpClient"));
            return this;
        }

        /**
         * Lets the discovery document name endpoints on {@code host} as well as on the issuer's host.
         * Without it, a document naming a foreign token endpoint is refused before any client
         * assertion is sent there.
         *
         * @param host a host name, e.g. {@code helseid-sts.test.nhn.no}
         */
        public Builder allowEndpointHost(String host) {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new HelseIdConfigException("allowEndpointHost", "host must not be blank");
            }
            endpointHosts.add(host.toLowerCase(Locale.ROOT));
            return this;
        }

        /**
         * Adds a listener told of every token fetched, renewed or refused (scope, token type, expiry,
         * duration, the OAuth error code; never a token), e.g. the same one given to
         * {@code BlareseptClient.builder().listener(…)}. Several may be added; one that throws does not
         * break a token request.
         *
         * @param listener the listener
         */
        public Builder listener(BlareseptListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * @return the configuration
         * @throws HelseIdConfigException when issuer, client id or client key is missing, or a value is
         *                                out of range; it names the setting
         */
        public HelseIdConfig build() {
            return new HelseIdConfig(this);
        }
    }
}
