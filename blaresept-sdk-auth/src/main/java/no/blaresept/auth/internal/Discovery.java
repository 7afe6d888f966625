package no.blaresept.auth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;
import no.blaresept.auth.HelseIdException;
import org.jspecify.annotations.Nullable;

/**
 * Reads and caches {@code {issuer}/.well-known/openid-configuration}. The document is fetched on
 * first use and again after {@link #invalidate()}, which the provider calls when an STS request
 * fails at the transport level (the endpoints may have moved). Thread-safe.
 */
public final class Discovery {

    private final URI issuer;
    private final StsHttp http;
    private volatile @Nullable ProviderMetadata cached;

    /**
     * @param issuer the configured issuer
     * @param http   the STS HTTP helper
     */
    public Discovery(URI issuer, StsHttp http) {
        this.issuer = issuer;
        this.http = http;
    }

    /** The metadata, fetched once and then cached. */
    public ProviderMetadata metadata() {
        ProviderMetadata m = cached;
        if (m == null) {
            synchronized (this) {
                m = cached;
                if (m == null) {
                    m = fetch();
                    cached = m;
                }
            }
        }
        return m;
    }

    /** Forgets the cached document so the next use fetches it again. */
    public void invalidate() {
        cached = null;
    }

    private ProviderMetadata fetch() {
        String base = issuer.toString().replaceAll("/+$", "");
        URI uri = URI.create(base + "/.well-known/openid-configuration");
        JsonNode doc = http.getJson(uri, "discovery document");
        String named = text(doc, "issuer").orElseThrow(() -> invalid("has no issuer", uri));
        if (!named.replaceAll("/+$", "").equals(base)) {
            throw invalid("names issuer " + named + " but " + base + " was configured", uri);
        }
        URI token = text(doc, "token_endpoint").map(URI::create).orElseThrow(() -> invalid("has no token_endpoint", uri));
        return new ProviderMetadata(named, token,
                text(doc, "pushed_authorization_request_endpoint").map(URI::create),
                text(doc, "authorization_endpoint").map(URI::create),
                text(doc, "jwks_uri").map(URI::create));
    }

    private static Optional<String> text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        return n != null && n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
    }

    private static HelseIdException invalid(String problem, URI uri) {
        return new HelseIdException("discovery document " + problem + ": " + uri);
    }
}
