package no.blaresept.testkit;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import no.blaresept.sdk.spi.BlareseptScope;

/**
 * Decides whether the mock Blåresept API accepts the credentials of one request, as a real
 * resource server would. The default, {@link #requireAuthorizationHeader()}, only demands a
 * {@code Bearer} or {@code DPoP} authorization header; the mock HelseID STS supplies a check that
 * verifies its DPoP-bound tokens, proofs and {@code ath} (T-2.4).
 *
 * <p>Implementations must be thread-safe: the mock server calls them from its request threads.
 */
@FunctionalInterface
public interface ApiAccessCheck {

    /**
     * Decides on one request.
     *
     * @param call the request's method, URI, headers and the scope its endpoint requires
     * @return {@link Decision#allow()} or a refusal the mock answers with
     */
    Decision check(ApiCall call);

    /** Accepts any request that carries {@code Authorization: Bearer …} or {@code Authorization: DPoP …}. */
    static ApiAccessCheck requireAuthorizationHeader() {
        return call -> call.header("Authorization")
                .filter(h -> h.startsWith("Bearer ") || h.startsWith("DPoP "))
                .map(h -> Decision.allow())
                .orElseGet(() -> Decision.deny(401, "Bearer realm=\"blaresept\"", null));
    }

    /**
     * One request as the mock API received it.
     *
     * @param method        HTTP method, upper case
     * @param uri           the absolute URI the client addressed
     * @param headers       request headers; look them up with {@link #header(String)} (case-insensitive)
     * @param requiredScope the HelseID scope the endpoint requires
     */
    record ApiCall(String method, URI uri, Map<String, List<String>> headers, BlareseptScope requiredScope) {

        /** Copies the headers into a case-insensitive, unmodifiable map. */
        public ApiCall {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(requiredScope, "requiredScope");
            TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k, List.copyOf(v)));
            headers = java.util.Collections.unmodifiableMap(copy);
            method = method.toUpperCase(Locale.ROOT);
        }

        /** The first value of a header, if present. */
        public Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /** Names the call without header values, which hold tokens. */
        @Override
        public String toString() {
            return "ApiCall[" + method + " " + uri.getPath() + ", scope=" + requiredScope + "]";
        }
    }

    /** The outcome of a check: allow, or refuse with a status and challenge headers. */
    sealed interface Decision permits Decision.Allow, Decision.Deny {

        /** Lets the request through. */
        static Decision allow() {
            return Allow.INSTANCE;
        }

        /**
         * Refuses the request.
         *
         * @param status          401 (bad or missing token/proof) or 403 (missing scope)
         * @param wwwAuthenticate the {@code WWW-Authenticate} header to answer with
         * @param dpopNonce       a {@code DPoP-Nonce} to hand out, or {@code null}
         */
        static Decision deny(int status, String wwwAuthenticate, @org.jspecify.annotations.Nullable String dpopNonce) {
            return new Deny(status, wwwAuthenticate, Optional.ofNullable(dpopNonce));
        }

        /** Lets the request through. */
        enum Allow implements Decision { INSTANCE }

        /**
         * Refuses the request.
         *
         * @param status          HTTP status to answer with
         * @param wwwAuthenticate the {@code WWW-Authenticate} header
         * @param dpopNonce       the {@code DPoP-Nonce} header, if one is handed out
         */
        record Deny(int status, String wwwAuthenticate, Optional<String> dpopNonce) implements Decision {

            /** Checks the parts. */
            public Deny {
                Objects.requireNonNull(wwwAuthenticate, "wwwAuthenticate");
                Objects.requireNonNull(dpopNonce, "dpopNonce");
                if (status != 400 && status != 401 && status != 403) {
                    throw new IllegalArgumentException("status must be 400, 401 or 403, was " + status);
                }
            }
        }
    }
}
