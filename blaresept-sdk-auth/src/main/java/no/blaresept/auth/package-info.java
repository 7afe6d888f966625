/**
 * HelseID for the Blåresept SDK: a token provider that implements core's
 * {@link no.blaresept.sdk.spi.RequestAuthenticator} with DPoP-bound HelseID tokens (T-2.x, A-1 … A-3).
 *
 * <p>Start with {@link no.blaresept.auth.HelseIdConfig#builder()} and
 * {@link no.blaresept.auth.HelseIdTokenProvider#of(HelseIdConfig)}. Client keys load from JWK,
 * PEM (PKCS#8) or PKCS#12 through {@link no.blaresept.auth.ClientKey}. Everything under
 * {@code no.blaresept.auth.internal} is not API and may change in any release.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.auth;

import org.jspecify.annotations.NullMarked;
