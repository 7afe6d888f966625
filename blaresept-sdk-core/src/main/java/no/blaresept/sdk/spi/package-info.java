/**
 * Extension points of the SDK: how requests are authenticated ({@link no.blaresept.sdk.spi.RequestAuthenticator}),
 * sent ({@link no.blaresept.sdk.spi.HttpTransport}) and observed ({@link no.blaresept.sdk.spi.BlareseptListener}
 * and its events). Implemented by {@code blaresept-sdk-auth} (HelseID) or by the vendor; core never depends
 * on an implementation.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.spi;

import org.jspecify.annotations.NullMarked;
