/**
 * Observability examples: {@code MicrometerListener} records the SDK's calls, retries and token fetches
 * as Micrometer meters, and {@code TraceparentListener} carries the caller's W3C trace context to the
 * Blåresept API.
 */
@NullMarked
package no.blaresept.examples.metrics;

import org.jspecify.annotations.NullMarked;
