/**
 * The assumed wire format ({@code docs/api/blaresept-api.yaml}): paths, DTOs and JSON mapping. The
 * only package that knows field names and outcome codes, so that Helsedirektoratet's real contract
 * replaces this package and nothing else. Not API.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.internal.wire;

import org.jspecify.annotations.NullMarked;
