package no.blaresept.testkit;

import java.util.Optional;
import no.blaresept.sdk.spi.BlareseptScope;

/**
 * The endpoints of the (assumed) Blåresept API that the mock serves, with their method, path and
 * the HelseID scope each requires. Tests use them to aim scenarios and faults, and in assertions on
 * what the mock received.
 *
 * <p>Immutable and thread-safe.
 */
public enum Endepunkt {
    /** {@code POST /api/blaresept/vedtak/sok}: the decision lookup (F-1.1). */
    VEDTAK_SOK("POST", "/api/blaresept/vedtak/sok", BlareseptScope.VEDTAKSSPORRING),
    /** {@code GET /api/blaresept/vedtak/getVedtaksdokument}: the decision letter (F-1.6). */
    VEDTAKSDOKUMENT("GET", "/api/blaresept/vedtak/getVedtaksdokument", BlareseptScope.VEDTAKSSPORRING),
    /** {@code POST /api/blaresept/soknad/del1}: starts an application (F-2.1). */
    DEL1("POST", "/api/blaresept/soknad/del1", BlareseptScope.REGEL),
    /** {@code POST /api/blaresept/soknad/del2}. */
    DEL2("POST", "/api/blaresept/soknad/del2", BlareseptScope.REGEL),
    /** {@code POST /api/blaresept/soknad/del3}. */
    DEL3("POST", "/api/blaresept/soknad/del3", BlareseptScope.REGEL),
    /** {@code POST /api/blaresept/soknad/valider} (F-3.1). */
    VALIDER("POST", "/api/blaresept/soknad/valider", BlareseptScope.SOKNAD),
    /** {@code POST /api/blaresept/soknad/send} (F-3.2); not idempotent. */
    SEND("POST", "/api/blaresept/soknad/send", BlareseptScope.SOKNAD),
    /** {@code GET /api/blaresept/soknad/status/{soknadsreferanse}} (F-3.8). */
    STATUS("GET", "/api/blaresept/soknad/status/", BlareseptScope.SOKNAD),
    /** {@code GET /api/blaresept/soknad/getSoknadSkjema} (F-4.1). */
    SKJEMA("GET", "/api/blaresept/soknad/getSoknadSkjema", BlareseptScope.REGEL);

    private final String method;
    private final String path;
    private final BlareseptScope scope;

    Endepunkt(String method, String path, BlareseptScope scope) {
        this.method = method;
        this.path = path;
        this.scope = scope;
    }

    /** The HTTP method, upper case. */
    public String method() {
        return method;
    }

    /** The path; for {@link #STATUS} the prefix the reference is appended to. */
    public String path() {
        return path;
    }

    /** The HelseID scope the endpoint requires (T-2.5). */
    public BlareseptScope scope() {
        return scope;
    }

    /**
     * Finds the endpoint a request path belongs to, ignoring the method.
     *
     * @param requestPath the path part of a request URL, without query
     * @return the endpoint, or empty when the path is not part of the API
     */
    public static Optional<Endepunkt> forPath(String requestPath) {
        for (Endepunkt e : values()) {
            boolean match = e == STATUS
                    ? requestPath.startsWith(e.path) && requestPath.length() > e.path.length()
                    : requestPath.equals(e.path);
            if (match) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
