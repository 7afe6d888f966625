package no.blaresept.auth.internal;

import java.net.URI;
import java.util.Optional;

/**
 * The parts of an STS's discovery document the provider uses.
 *
 * <p>Immutable and thread-safe.
 *
 * @param issuer                the issuer as the STS names itself (the assertion's {@code aud})
 * @param tokenEndpoint         the token endpoint
 * @param parEndpoint           the pushed authorization request endpoint, if offered
 * @param authorizationEndpoint the authorization endpoint, if offered
 * @param jwksUri               the JWKS endpoint, if offered
 * @param issParameter          whether the STS sends {@code iss} with every authorization response (RFC 9207)
 */
public record ProviderMetadata(String issuer, URI tokenEndpoint, Optional<URI> parEndpoint,
                               Optional<URI> authorizationEndpoint, Optional<URI> jwksUri, boolean issParameter) {
}
