package no.blaresept.sdk;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import no.blaresept.sdk.error.InvalidInputException;

/**
 * Where the Blåresept API is: production, the test environment, or a custom base URL (a mock server,
 * a proxy). Serves T-1.1.
 *
 * <p>Immutable and thread-safe.
 */
public final class Environment {

    /** Production: {@code https://blaresept.helsedirektoratet.no} (reached over Helsenett, T-1.2). */
    public static final Environment PROD = new Environment("PROD", URI.create("https://blaresept.helsedirektoratet.no"));

    /** Helsedirektoratet's test environment: {@code https://blaresept.test.helsedirektoratet.no}. */
    public static final Environment TEST =
            new Environment("TEST", URI.create("https://blaresept.test.helsedirektoratet.no"));

    private final String navn;
    private final URI baseUri;

    private Environment(String navn, URI baseUri) {
        this.navn = navn;
        this.baseUri = baseUri;
    }

    /**
     * A custom base URL, e.g. the testkit's mock server. Paths such as {@code /api/blaresept/vedtak/sok}
     * are appended to it.
     *
     * @param baseUri an absolute {@code https} URL, or {@code http} (meant for a local mock only)
     * @return the environment
     * @throws InvalidInputException naming {@code baseUri} when it is not an absolute http(s) URL
     *                               without query or fragment
     */
    public static Environment custom(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
        if (!baseUri.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || baseUri.getHost() == null
                || baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
            throw new InvalidInputException("baseUri", "BASE_URI",
                    "baseUri must be an absolute http(s) URL with a host and without query or fragment");
        }
        String text = baseUri.toString();
        return new Environment("CUSTOM", URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
    }

    /** The base URL, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /** {@code PROD}, {@code TEST} or {@code CUSTOM}. */
    public String navn() {
        return navn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Environment other && baseUri.equals(other.baseUri);
    }

    @Override
    public int hashCode() {
        return baseUri.hashCode();
    }

    @Override
    public String toString() {
        return "Environment[" + navn + ", " + baseUri + "]";
    }
}
