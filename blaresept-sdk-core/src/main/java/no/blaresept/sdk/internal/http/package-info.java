/**
 * Transport, retries, timeouts, error mapping and log redaction for every call the SDK makes. Not API.
 *
 * <p>Everything in this package is non-null unless marked otherwise.
 */
@NullMarked
package no.blaresept.sdk.internal.http;

import org.jspecify.annotations.NullMarked;
