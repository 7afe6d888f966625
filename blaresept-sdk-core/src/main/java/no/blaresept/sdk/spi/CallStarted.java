package no.blaresept.sdk.spi;

import java.util.Objects;

/**
 * A call is about to be made. Carries no URL, body or credentials: a path may hold an application
 * reference and a body personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param endpoint      the endpoint's id, e.g. {@code soknad/send} (a fixed set: safe as a metric tag)
 * @param correlationId the call's {@code X-Correlation-ID}, the same on every attempt
 */
public record CallStarted(String endpoint, String correlationId) {

    /** Checks presence. */
    public CallStarted {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
