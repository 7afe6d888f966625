package no.blaresept.auth.internal;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.security.PrivateKey;
import java.util.Optional;

/**
 * A private key as read from some format, with what the format said about it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param privateKey the signing key
 * @param publicJwk  the public half as a JWK, when the format carries it
 * @param keyId      the {@code kid} the format named, if any
 * @param algorithm  the algorithm the format named or the key type implies
 */
public record LoadedKey(PrivateKey privateKey, Optional<JWK> publicJwk, Optional<String> keyId,
                        JWSAlgorithm algorithm) {
}
