/**
 * Decision lookup (vedtaksspørring, F-1.x): {@link no.blaresept.sdk.vedtak.VedtakClient} asks whether
 * the patient already holds a valid decision for the product and fetches decision letters.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.vedtak;

import org.jspecify.annotations.NullMarked;
