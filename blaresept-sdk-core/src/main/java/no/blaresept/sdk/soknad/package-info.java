/**
 * Filling in and handling an application (F-2.1–F-2.3, F-3.x): {@link no.blaresept.sdk.soknad.SoknadClient}
 * walks the three form parts, validates, sends, and looks status up.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.soknad;

import org.jspecify.annotations.NullMarked;
