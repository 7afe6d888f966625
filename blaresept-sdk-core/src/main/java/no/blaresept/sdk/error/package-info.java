/**
 * The SDK's errors: one unchecked hierarchy under {@link no.blaresept.sdk.error.BlareseptException}.
 * Messages say what failed, where, and what the caller can do; they never hold a fødselsnummer,
 * a token or form content.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.error;

import org.jspecify.annotations.NullMarked;
