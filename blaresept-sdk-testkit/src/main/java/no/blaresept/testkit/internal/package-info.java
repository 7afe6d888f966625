/**
 * The mock's machinery: the WireMock transformer, state, scenario choice, faults and synthetic data.
 * Not API; may change in any release.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.testkit.internal;

import org.jspecify.annotations.NullMarked;
