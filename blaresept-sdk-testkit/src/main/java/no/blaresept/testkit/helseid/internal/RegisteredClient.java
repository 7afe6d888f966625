package no.blaresept.testkit.helseid.internal;

import com.nimbusds.jose.jwk.JWK;
import java.util.Set;

/**
 * A client as registered with the mock STS.
 *
 * <p>Immutable and thread-safe.
 *
 * @param clientId      the client id
 * @param publicKey     the public key its assertions must verify with (its {@code kid} must match)
 * @param allowedScopes the scopes it may ask for
 * @param requireDpop   whether it must present DPoP proofs (HelseID requires it)
 */
public record RegisteredClient(String clientId, JWK publicKey, Set<String> allowedScopes, boolean requireDpop) {
}
