package no.blaresept.testkit.helseid.internal;

import java.util.Optional;

/**
 * A refusal the mock STS answers with: an OAuth error code (RFC 6749 §5.2, RFC 9449 §12.2), a
 * description saying what was wrong, the HTTP status and, for {@code use_dpop_nonce}, the nonce.
 *
 * <p>Immutable and thread-safe.
 */
public final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String error;
    private final String description;
    private final int status;
    private final Optional<String> dpopNonce;

    private OAuthError(int status, String error, String description, Optional<String> dpopNonce) {
        super(description, null, false, false);
        this.description = description;
        this.status = status;
        this.error = error;
        this.dpopNonce = dpopNonce;
    }

    /** A 400 with the given code, or 401 for {@code invalid_client}. */
    public static OAuthError of(String error, String description) {
        return new OAuthError("invalid_client".equals(error) ? 401 : 400, error, description, Optional.empty());
    }

    /** {@code use_dpop_nonce} with the nonce the client must use. */
    public static OAuthError nonce(String nonce, String description) {
        return new OAuthError(400, "use_dpop_nonce", description, Optional.of(nonce));
    }

    /** The {@code error_description}: what is wrong, for the client's developer. */
    public String description() {
        return description;
    }

    /** The OAuth error code. */
    public String error() {
        return error;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The nonce to hand out, for {@code use_dpop_nonce}. */
    public Optional<String> dpopNonce() {
        return dpopNonce;
    }
}
