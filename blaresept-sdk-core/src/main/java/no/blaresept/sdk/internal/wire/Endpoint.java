package no.blaresept.sdk.internal.wire;

import java.util.Optional;
import no.blaresept.sdk.spi.BlareseptScope;

/**
 * The endpoints of the assumed contract: method, path, the scope each needs and when the SDK may send
 * a request again (docs/core.md, "Which calls are retried"). The one table of endpoints: the client calls
 * them and the testkit's mock serves them ({@code ApiEndpoint} there names these).
 *
 * <p>Immutable and thread-safe.
 */
public enum Endpoint {
    VEDTAK_SOK("POST", "/api/blaresept/vedtak/sok", BlareseptScope.VEDTAKSSPORRING, Retry.REPEATABLE),
    VEDTAKSDOKUMENT("GET", "/api/blaresept/vedtak/getVedtaksdokument", BlareseptScope.VEDTAKSSPORRING, Retry.REPEATABLE),
    /** Starts an application on the service: a repeat after bytes may have left could leave an orphan one. */
    DEL1("POST", "/api/blaresept/soknad/del1", BlareseptScope.REGEL, Retry.UNTIL_SENT),
    DEL2("POST", "/api/blaresept/soknad/del2", BlareseptScope.REGEL, Retry.REPEATABLE),
    DEL3("POST", "/api/blaresept/soknad/del3", BlareseptScope.REGEL, Retry.REPEATABLE),
    VALIDER("POST", "/api/blaresept/soknad/valider", BlareseptScope.SOKNAD, Retry.REPEATABLE),
    SEND("POST", "/api/blaresept/soknad/send", BlareseptScope.SOKNAD, Retry.NEVER),
    STATUS("GET", "/api/blaresept/soknad/status/", BlareseptScope.SOKNAD, Retry.REPEATABLE),
    SOKNAD_SKJEMA("GET", "/api/blaresept/soknad/getSoknadSkjema", BlareseptScope.REGEL, Retry.REPEATABLE);

    /** When a failed request may be sent again. */
    public enum Retry {
        /** After any transient failure: repeating it changes nothing on the service. */
        REPEATABLE,
        /** Only when the service cannot have taken it: no connection, or a 408/429/503 refusal. */
        UNTIL_SENT,
        /** Never by the SDK: a failure after bytes may have left is an unknown outcome. */
        NEVER
    }

    /** Query parameter of {@link #VEDTAKSDOKUMENT}. */
    public static final String DOKUMENTREFERANSE_PARAM = "dokumentreferanse";
    /** Query parameter of {@link #SOKNAD_SKJEMA}. */
    public static final String VERSJON_PARAM = "versjon";

    private static final String PREFIX = "/api/blaresept/";

    private final String method;
    private final String path;
    private final BlareseptScope scope;
    private final Retry retry;

    Endpoint(String method, String path, BlareseptScope scope, Retry retry) {
        this.method = method;
        this.path = path;
        this.scope = scope;
        this.retry = retry;
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

    /**
     * The endpoint's name for listeners and metrics: its path after {@code /api/blaresept/}, e.g.
     * {@code soknad/send}; {@link #STATUS} is {@code soknad/status} without the reference, which may
     * identify the application.
     */
    public String id() {
        String id = path.substring(PREFIX.length());
        return id.endsWith("/") ? id.substring(0, id.length() - 1) : id;
    }

    /** When the SDK may send the request again. */
    public Retry retry() {
        return retry;
    }

    /** Whether a failure leaves the outcome known enough to report it as a plain error ({@code send}'s does not). */
    public boolean idempotent() {
        return retry != Retry.NEVER;
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
