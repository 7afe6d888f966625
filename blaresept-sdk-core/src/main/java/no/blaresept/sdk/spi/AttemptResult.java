package no.blaresept.sdk.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one attempt came to: an HTTP status, or why there was none. Exactly one of the two is present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status  the answer's HTTP status, when there was an answer
 * @param failure why there was no answer, otherwise
 */
public record AttemptResult(OptionalInt status, Optional<FailureKind> failure) {

    /** Checks that exactly one of status and failure is present. */
    public AttemptResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(failure, "failure");
        if (status.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("an attempt result has either a status or a failure, not "
                    + (status.isPresent() ? "both" : "neither"));
        }
    }

    /** An answer with this HTTP status. */
    public static AttemptResult status(int status) {
        return new AttemptResult(OptionalInt.of(status), Optional.empty());
    }

    /** No answer, for this reason. */
    public static AttemptResult failure(FailureKind failure) {
        return new AttemptResult(OptionalInt.empty(), Optional.of(Objects.requireNonNull(failure, "failure")));
    }

    /** A short, low-cardinality label for metrics: the status ({@code 503}) or the failure ({@code CONNECTION_LOST}). */
    public String label() {
        return status.isPresent() ? String.valueOf(status.getAsInt()) : failure.orElseThrow().name();
    }
}
