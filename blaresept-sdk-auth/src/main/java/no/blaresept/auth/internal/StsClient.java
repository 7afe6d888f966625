package no.blaresept.auth.internal;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.blaresept.auth.HelseIdException;

/**
 * Sends token and PAR requests: adds a fresh DPoP proof per attempt (with the STS's last nonce),
 * remembers every {@code DPoP-Nonce} the STS hands out, and when the STS answers
 * {@code use_dpop_nonce} retries exactly once with the new nonce and a fresh client assertion
 * (RFC 9449 §8). Errors become {@link HelseIdException}s carrying {@code error} and
 * {@code error_description}. Thread-safe.
 */
public final class StsClient {

    private final StsHttp http;
    private final Optional<DpopProofs> proofs;
    private final DpopNonces nonces;

    /**
     * @param http   the HTTP helper
     * @param proofs the DPoP proof builder, empty when DPoP is off
     * @param nonces the STS nonce store
     */
    public StsClient(StsHttp http, Optional<DpopProofs> proofs, DpopNonces nonces) {
        this.http = http;
        this.proofs = proofs;
        this.nonces = nonces;
    }

    /**
     * POSTs to the token endpoint and parses the token answer.
     *
     * @param endpoint the token endpoint
     * @param form     builds the form for each attempt (so each carries a fresh assertion)
     * @param what     names the grant in errors, e.g. {@code client credentials token request}
     * @return the token answer
     */
    public TokenResponse token(URI endpoint, Supplier<Map<String, String>> form, String what) {
        StsHttp.Answer a = exchange(endpoint, form, true, what);
        String token = a.text("access_token").filter(s -> !s.isBlank())
                .orElseThrow(() -> new HelseIdException(what + " answer has no access_token: " + endpoint));
        String type = a.text("token_type").orElseThrow(
                () -> new HelseIdException(what + " answer has no token_type: " + endpoint));
        long expiresIn = a.body().path("expires_in").asLong(0);
        if (expiresIn <= 0) {
            throw new HelseIdException(what + " answer has no positive expires_in: " + endpoint);
        }
        return new TokenResponse(token, type, expiresIn, a.text("scope"), a.text("refresh_token"), a.text("id_token"));
    }

    /**
     * POSTs a pushed authorization request (RFC 9126) and returns {@code request_uri} and {@code expires_in}.
     *
     * @param endpoint the PAR endpoint
     * @param form     builds the form for each attempt
     * @return the answer
     */
    public StsHttp.Answer par(URI endpoint, Supplier<Map<String, String>> form) {
        StsHttp.Answer a = exchange(endpoint, form, true, "pushed authorization request");
        if (a.text("request_uri").filter(s -> !s.isBlank()).isEmpty()) {
            throw new HelseIdException("pushed authorization request answer has no request_uri: " + endpoint);
        }
        return a;
    }

    private StsHttp.Answer exchange(URI endpoint, Supplier<Map<String, String>> form, boolean mayRetry, String what) {
        Map<String, String> headers = proofs
                .map(p -> Map.of("DPoP", p.forTokenRequest("POST", endpoint, nonces.get(endpoint))))
                .orElse(Map.of());
        StsHttp.Answer a = http.postForm(endpoint, form.get(), headers, what);
        nonces.remember(endpoint, a.dpopNonce());
        if (a.ok()) {
            return a;
        }
        boolean nonceDemanded = a.text("error").filter("use_dpop_nonce"::equals).isPresent() && a.dpopNonce().isPresent();
        if (nonceDemanded && mayRetry && proofs.isPresent()) {
            return exchange(endpoint, form, false, what);
        }
        throw failure(a, endpoint, what);
    }

    private static HelseIdException failure(StsHttp.Answer a, URI endpoint, String what) {
        Optional<String> error = a.text("error");
        Optional<String> description = a.text("error_description");
        String message = what + " was refused with HTTP " + a.status()
                + error.map(e -> ", error " + e).orElse("")
                + description.map(d -> " (" + d + ")").orElse("")
                + ": " + endpoint;
        return new HelseIdException(message, error.orElse(null), description.orElse(null), a.status(), null,
                StsHttp.isOutage(a));
    }
}
