package no.blaresept.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault the mock injects instead of (or on top of) its normal answer. Program it with
 * {@link BlareseptMockServer#fault(ApiEndpoint, FaultPreset, int)} or
 * {@link BlareseptMockServer#faultAlways(ApiEndpoint, FaultPreset)}.
 *
 * <p>Whether the mock has <em>processed</em> the request matters for {@code send}: the error
 * statuses ({@link #serverError()}, {@link #unavailable(Duration)}, {@link #tooManyRequests(Duration)})
 * answer <em>before</em> processing, as an overloaded server would; the transport faults
 * ({@link #latency(Duration)}, {@link #connectionReset()}, {@link #truncatedBody()},
 * {@link #malformedJson()}) break the answer <em>after</em> processing, so an application whose
 * answer was lost has still arrived — and a later {@code vedtak/sok} shows it, as the SDK's
 * "outcome unknown, look it up" advice expects.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface FaultPreset {

    /** Whether the mock processes the request (state changes) before the fault strikes. */
    boolean processedFirst();

    /** The normal answer, delayed. With a delay past the client's timeout, the client times out. */
    static FaultPreset latency(Duration delay) {
        return new Latency(delay);
    }

    /** {@code 500} with a problem body. */
    static FaultPreset serverError() {
        return new Status(500, Duration.ZERO);
    }

    /** {@code 503} with {@code Retry-After} (whole seconds) and a problem body. */
    static FaultPreset unavailable(Duration retryAfter) {
        return new Status(503, retryAfter);
    }

    /** {@code 429} with {@code Retry-After} (whole seconds) and a problem body. */
    static FaultPreset tooManyRequests(Duration retryAfter) {
        return new Status(429, retryAfter);
    }

    /** The connection is reset by the server; no response at all. */
    static FaultPreset connectionReset() {
        return Transport.CONNECTION_RESET;
    }

    /** Status and headers arrive, then the connection closes halfway through the body. */
    static FaultPreset truncatedBody() {
        return Transport.TRUNCATED_BODY;
    }

    /** A complete {@code 200} response whose JSON body is not well-formed. */
    static FaultPreset malformedJson() {
        return Transport.MALFORMED_JSON;
    }

    /**
     * The normal answer after a delay.
     *
     * @param delay how long to wait before answering; not negative
     */
    record Latency(Duration delay) implements FaultPreset {

        /** Checks the delay. */
        public Latency {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, was " + delay);
            }
        }

        @Override
        public boolean processedFirst() {
            return true;
        }
    }

    /**
     * An error status with a problem body.
     *
     * @param status     500, 503 or 429
     * @param retryAfter the {@code Retry-After} to send; zero sends none
     */
    record Status(int status, Duration retryAfter) implements FaultPreset {

        /** Checks the parts. */
        public Status {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (status != 500 && status != 503 && status != 429) {
                throw new IllegalArgumentException("status must be 500, 503 or 429, was " + status);
            }
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
            }
        }

        @Override
        public boolean processedFirst() {
            return false;
        }
    }

    /** A broken transport. */
    enum Transport implements FaultPreset {
        /** See {@link FaultPreset#connectionReset()}. */
        CONNECTION_RESET,
        /** See {@link FaultPreset#truncatedBody()}. */
        TRUNCATED_BODY,
        /** See {@link FaultPreset#malformedJson()}. */
        MALFORMED_JSON;

        @Override
        public boolean processedFirst() {
            return true;
        }
    }
}
