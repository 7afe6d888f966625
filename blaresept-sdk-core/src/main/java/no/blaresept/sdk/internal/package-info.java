/**
 * Implementation of the SDK's clients. Not API: may change in any release.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.internal;

import org.jspecify.annotations.NullMarked;
