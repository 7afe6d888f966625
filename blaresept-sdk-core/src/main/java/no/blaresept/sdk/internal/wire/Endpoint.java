package no.blaresept.sdk.internal.wire;

import java.util.Optional;
import no.blaresept.sdk.spi.BlareseptScope;

/**
 * The endpoints of the assumed contract: method, path, the scope each needs and whether repeating it
 * is harmless (only {@code send} is not). The one table of endpoints: the client calls them and the
 * testkit's mock serves them ({@code Endepunkt} there names these).
 *
 * <p>Immutable and thread-safe.
 */
public enum Endpoint {
    VEDTAK_SOK("POST", "/api/blaresept/vedtak/sok", BlareseptScope.VEDTAKSSPORRING, true),
    VEDTAKSDOKUMENT("GET", "/api/blaresept/vedtak/getVedtaksdokument", BlareseptScope.VEDTAKSSPORRING, true),
    DEL1("POST", "/api/blaresept/soknad/del1", BlareseptScope.REGEL, true),
    DEL2("POST", "/api/blaresept/soknad/del2", BlareseptScope.REGEL, true),
    DEL3("POST", "/api/blaresept/soknad/del3", BlareseptScope.REGEL, true),
    VALIDER("POST", "/api/blaresept/soknad/valider", BlareseptScope.SOKNAD, true),
    SEND("POST", "/api/blaresept/soknad/send", BlareseptScope.SOKNAD, false),
    STATUS("GET", "/api/blaresept/soknad/status/", BlareseptScope.SOKNAD, true),
    SOKNAD_SKJEMA("GET", "/api/blaresept/soknad/getSoknadSkjema", BlareseptScope.REGEL, true);

    /** Query parameter of {@link #VEDTAKSDOKUMENT}. */
    public static final String DOKUMENTREFERANSE_PARAM = "dokumentreferanse";
    /** Query parameter of {@link #SOKNAD_SKJEMA}. */
    public static final String VERSJON_PARAM = "versjon";

    private final String method;
    private final String path;
    private final BlareseptScope scope;
    private final boolean idempotent;

    Endpoint(String method, String path, BlareseptScope scope, boolean idempotent) {
        this.method = method;
        this.path = path;
        this.scope = scope;
        this.idempotent = idempotent;
    }

    /** HTTP method. */
    public String method() {
        return method;
    }

    /** The path; {@link #STATUS} takes the reference appended. */
    public String path() {
        return path;
    }

    /** The HelseID scope the endpoint needs. */
    public BlareseptScope scope() {
        return scope;
    }

    /** Whether the SDK may send the request again after a transient failure. */
    public boolean idempotent() {
        return idempotent;
    }

    /**
     * The endpoint a request path belongs to, ignoring the method.
     *
     * @param requestPath the path part of a request URL, without query
     * @return the endpoint, or empty when the path is not part of the API
     */
    public static Optional<Endpoint> forPath(String requestPath) {
        for (Endpoint e : values()) {
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
