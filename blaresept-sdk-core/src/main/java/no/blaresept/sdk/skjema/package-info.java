/**
 * The application schema ({@code getSoknadSkjema}, F-4.1, T-4.1): {@link no.blaresept.sdk.skjema.SkjemaClient}
 * fetches the complete JSON schema with its version.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.skjema;

import org.jspecify.annotations.NullMarked;
