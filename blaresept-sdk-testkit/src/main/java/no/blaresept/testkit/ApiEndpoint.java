package no.blaresept.testkit;

import java.util.Optional;
import no.blaresept.sdk.internal.wire.Endpoint;
import no.blaresept.sdk.spi.BlareseptScope;

/**
 * The endpoints of the (assumed) Blåresept API that the mock serves, with their method, path and
 * the HelseID scope each requires. Tests use them to aim scenarios and faults, and in assertions on
 * what the mock received. Method, path and scope come from the SDK's own endpoint table, so the
 * client and the mock cannot disagree on them.
 *
 * <p>Immutable and thread-safe.
 */
public enum ApiEndpoint {
    /** {@code POST /api/blaresept/vedtak/sok}: the decision lookup (F-1.1). */
    VEDTAK_SOK(Endpoint.VEDTAK_SOK),
    /** {@code GET /api/blaresept/vedtak/getVedtaksdokument}: the decision letter (F-1.6). */
    VEDTAKSDOKUMENT(Endpoint.VEDTAKSDOKUMENT),
    /** {@code POST /api/blaresept/soknad/del1}: starts an application (F-2.1). */
    DEL1(Endpoint.DEL1),
    /** {@code POST /api/blaresept/soknad/del2}. */
    DEL2(Endpoint.DEL2),
    /** {@code POST /api/blaresept/soknad/del3}. */
    DEL3(Endpoint.DEL3),
    /** {@code POST /api/blaresept/soknad/valider} (F-3.1). */
    VALIDER(Endpoint.VALIDER),
    /** {@code POST /api/blaresept/soknad/send} (F-3.2); not idempotent. */
    SEND(Endpoint.SEND),
    /** {@code GET /api/blaresept/soknad/status/{soknadsreferanse}} (F-3.8). */
    STATUS(Endpoint.STATUS),
    /** {@code GET /api/blaresept/soknad/getSoknadSkjema} (F-4.1). */
    SKJEMA(Endpoint.SOKNAD_SKJEMA);

    private final Endpoint wire;

    ApiEndpoint(Endpoint wire) {
        this.wire = wire;
    }

    /** The HTTP method, upper case. */
    public String method() {
        return wire.method();
    }

    /** The path; for {@link #STATUS} the prefix the reference is appended to. */
    public String path() {
        return wire.path();
    }

    /** The HelseID scope the endpoint requires (T-2.5). */
    public BlareseptScope scope() {
        return wire.scope();
    }

    /**
     * Finds the endpoint a request path belongs to, ignoring the method.
     *
     * @param requestPath the path part of a request URL, without query
     * @return the endpoint, or empty when the path is not part of the API
     */
    public static Optional<ApiEndpoint> forPath(String requestPath) {
        return Endpoint.forPath(requestPath).map(ApiEndpoint::av);
    }

    private static ApiEndpoint av(Endpoint wire) {
        for (ApiEndpoint e : values()) {
            if (e.wire == wire) {
                return e;
            }
        }
        throw new IllegalStateException("the testkit has no ApiEndpoint for " + wire);
    }
}
