package no.blaresept.auth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import no.blaresept.auth.HelseIdException;
import org.jspecify.annotations.Nullable;

/**
 * Reads and caches {@code {issuer}/.well-known/openid-configuration} for {@link #CACHE_LIFETIME},
 * and again after {@link #invalidate()}, which the engine calls when an endpoint stops answering
 * (the STS may have moved it). The document must name exactly the configured issuer (OIDC
 * Discovery §4.3: no trailing-slash leniency) and only endpoints that use HTTPS (plain HTTP on
 * loopback aside) on the issuer's host or a host the configuration allows, so no client assertion
 * is ever sent to a host the STS's operator does not control. Failures are not cached; an
 * unreachable STS is retryable, a document that breaks these rules is not. Thread-safe.
 */
public final class Discovery {

    /** How long a fetched document is used before it is fetched again. */
    public static final Duration CACHE_LIFETIME = Duration.ofHours(1);

    private final URI issuer;
    private final StsHttp http;
    private final Clock clock;
    private final Set<String> allowedHosts;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable Fetched cached;

    private record Fetched(ProviderMetadata metadata, Instant expiresAt) {
    }

    /**
     * @param issuer       the configured issuer
     * @param http         the STS HTTP helper
     * @param clock        the clock the cache expires by
     * @param allowedHosts hosts besides the issuer's that may serve endpoints (lower case)
     */
    public Discovery(URI issuer, StsHttp http, Clock clock, Set<String> allowedHosts) {
        this.issuer = issuer;
        this.http = http;
        this.clock = clock;
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    /** The metadata, from the cache while it is fresh; one thread fetches, the others wait (interruptibly). */
    public ProviderMetadata metadata() {
        Fetched f = cached;
        if (f != null && clock.instant().isBefore(f.expiresAt())) {
            return f.metadata();
        }
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HelseIdException.unavailable("interrupted while waiting for the STS discovery document", e);
        }
        try {
            f = cached;
            if (f == null || !clock.instant().isBefore(f.expiresAt())) {
                f = new Fetched(fetch(), clock.instant().plus(CACHE_LIFETIME));
                cached = f;
            }
            return f.metadata();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the cached document so the next use fetches it again. */
    public void invalidate() {
        cached = null;
    }

    private ProviderMetadata fetch() {
        String configured = issuer.toString();
        URI uri = URI.create(configured.replaceAll("/+$", "") + "/.well-known/openid-configuration");
        JsonNode doc = http.getJson(uri, "discovery document");
        String named = text(doc, "issuer").orElseThrow(() -> invalid("has no issuer", uri));
        if (!named.equals(configured)) {
            throw invalid("names issuer " + named + " but " + configured
                    + " was configured; they must match exactly (configure the issuer as the STS names it)", uri);
        }
        return new ProviderMetadata(named,
                endpoint(doc, "token_endpoint", uri).orElseThrow(() -> invalid("has no token_endpoint", uri)),
                endpoint(doc, "pushed_authorization_request_endpoint", uri),
                endpoint(doc, "authorization_endpoint", uri),
                endpoint(doc, "jwks_uri", uri),
                doc.path("authorization_response_iss_parameter_supported").asBoolean(false));
    }

    private Optional<URI> endpoint(JsonNode doc, String field, URI source) {
        Optional<URI> endpoint;
        try {
            endpoint = text(doc, field).map(URI::create);
        } catch (IllegalArgumentException e) {
            throw invalid("has a " + field + " that is not a URI", source);
        }
        endpoint.ifPresent(e -> {
            if (!"https".equalsIgnoreCase(e.getScheme()) && !Loopback.isLoopbackHttp(e)) {
                throw invalid("names a " + field + " without https: " + e, source);
            }
            String host = e.getHost() == null ? "" : e.getHost().toLowerCase(Locale.ROOT);
            if (!host.equals(issuer.getHost().toLowerCase(Locale.ROOT)) && !allowedHosts.contains(host)) {
                throw invalid("names a " + field + " on host " + host + ", not the issuer's; no client assertion "
                        + "is sent there (allow the host with HelseIdConfig.Builder.allowEndpointHost if it is the STS's)", source);
            }
        });
        return endpoint;
    }

    private static Optional<String> text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        return n != null && n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
    }

    private static HelseIdException invalid(String problem, URI uri) {
        return new HelseIdException("discovery document " + problem + ": " + uri);
    }
}
