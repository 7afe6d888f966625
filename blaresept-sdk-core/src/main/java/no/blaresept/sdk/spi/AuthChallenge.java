package no.blaresept.sdk.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * An API's refusal of the credentials it was given: status 401 (or 400 with a DPoP error) and the
 * {@code WWW-Authenticate} and {@code DPoP-Nonce} headers that explain it. Handed to
 * {@link RequestAuthenticator#onChallenge} so a DPoP authenticator can pick up a server nonce
 * (RFC 9449 §9) and the request can be sent once more.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status          HTTP status of the refusal
 * @param wwwAuthenticate the {@code WWW-Authenticate} header, if any
 * @param dpopNonce       the {@code DPoP-Nonce} header, if any
 */
public record AuthChallenge(int status, Optional<String> wwwAuthenticate, Optional<String> dpopNonce) {

    /** Checks that the optional parts are present (possibly empty). */
    public AuthChallenge {
        Objects.requireNonNull(wwwAuthenticate, "wwwAuthenticate");
        Objects.requireNonNull(dpopNonce, "dpopNonce");
    }

    /** True when the server asks for a DPoP nonce ({@code error="use_dpop_nonce"} and a nonce header). */
    public boolean isDpopNonceRequired() {
        return dpopNonce.isPresent() && wwwAuthenticate.map(h -> h.contains("use_dpop_nonce")).orElse(false);
    }
}
