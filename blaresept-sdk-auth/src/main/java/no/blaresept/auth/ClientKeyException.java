package no.blaresept.auth;

/**
 * A client or DPoP key could not be loaded or used: unreadable file, malformed JWK or PEM, an
 * encrypted PEM, a wrong PKCS#12 password, a public-only or symmetric key, or an unsupported key
 * type or curve. The message names the source (file name or format) and the problem, never key
 * material.
 *
 * <p>Unchecked. Immutable and thread-safe once thrown.
 */
public class ClientKeyException extends HelseIdException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and where, without key material
     */
    public ClientKeyException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where, without key material
     * @param cause   the parser's or key store's failure
     */
    public ClientKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
