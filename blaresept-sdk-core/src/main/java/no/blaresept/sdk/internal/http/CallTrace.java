package no.blaresept.sdk.internal.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.internal.wire.Endpoint;
import no.blaresept.sdk.spi.AttemptEnded;
import no.blaresept.sdk.spi.AttemptResult;
import no.blaresept.sdk.spi.CallEnded;
import no.blaresept.sdk.spi.CallOutcome;
import no.blaresept.sdk.spi.CallStarted;
import no.blaresept.sdk.spi.FailureKind;
import no.blaresept.sdk.spi.RetryScheduled;
import org.jspecify.annotations.Nullable;

/**
 * One call as its listeners see it: its correlation id, the headers they asked for, and the events
 * from start to end. Without listeners no event is built: the common case costs nothing extra. Made on the calling thread; afterwards used by one thread at a time (the one
 * running the call), so its counter needs no lock.
 */
final class CallTrace {

    private final ListenerChain listeners;
    private final String endpoint;
    private final String correlationId;
    private final long startNanos = System.nanoTime();
    private final Map<String, String> headers;
    private int attempts;

    private CallTrace(ListenerChain listeners, Endpoint endpoint) {
        this.listeners = listeners;
        this.endpoint = endpoint.id();
        this.correlationId = CorrelationIds.next();
        if (listeners.isEmpty()) {
            this.headers = Map.of();
        } else {
            CallStarted started = new CallStarted(this.endpoint, correlationId);
            listeners.callStarted(started);
            this.headers = Map.copyOf(listeners.requestHeaders(started));
        }
    }

    /** Starts a call: tells the listeners and asks them for headers, on the calling thread. */
    static CallTrace start(ListenerChain listeners, Endpoint endpoint) {
        return new CallTrace(listeners, endpoint);
    }

    String correlationId() {
        return correlationId;
    }

    /** The listeners' extra headers, checked; for every attempt of the call. */
    Map<String, String> headers() {
        return headers;
    }

    void answered(int attempt, int status, long nanos) {
        attemptEnded(attempt, AttemptResult.status(status), nanos);
    }

    void failed(int attempt, AttemptFailure.Kind kind, long nanos) {
        attemptEnded(attempt, AttemptResult.failure(failureKind(kind)), nanos);
    }

    private void attemptEnded(int attempt, AttemptResult result, long nanos) {
        attempts = Math.max(attempts, attempt);
        if (listeners.isEmpty()) {
            return;
        }
        listeners.attemptEnded(new AttemptEnded(endpoint, correlationId, attempt, result, Duration.ofNanos(nanos)));
    }

    void retrying(int nextAttempt, AttemptResult reason, Duration pause) {
        if (listeners.isEmpty()) {
            return;
        }
        listeners.retryScheduled(new RetryScheduled(endpoint, correlationId, nextAttempt, reason, pause));
    }

    /** Ends the call: {@code error} is what it throws, or {@code null} on success. */
    void ended(@Nullable Throwable error) {
        if (listeners.isEmpty()) {
            return;
        }
        CallOutcome outcome = error == null ? CallOutcome.SUCCESS
                : error instanceof SendOutcomeUnknownException ? CallOutcome.OUTCOME_UNKNOWN : CallOutcome.FAILED;
        listeners.callEnded(new CallEnded(endpoint, correlationId, attempts, outcome,
                Optional.ofNullable(error).map(e -> e.getClass().getSimpleName()),
                Duration.ofNanos(System.nanoTime() - startNanos)));
    }

    static FailureKind failureKind(AttemptFailure.Kind kind) {
        switch (kind) {
            case CONNECT:
                return FailureKind.CONNECT;
            case TIMEOUT:
                return FailureKind.TIMEOUT;
            case TOO_LARGE:
                return FailureKind.TOO_LARGE;
            case INTERRUPTED:
                return FailureKind.INTERRUPTED;
            default:
                return FailureKind.CONNECTION_LOST;
        }
    }
}
