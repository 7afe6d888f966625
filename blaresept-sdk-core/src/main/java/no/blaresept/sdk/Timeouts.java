package no.blaresept.sdk;

import java.time.Duration;
import java.util.Objects;
import no.blaresept.sdk.error.InvalidInputException;

/**
 * How long the SDK waits: to open a connection, for one attempt (request sent to response read),
 * and for a whole call including its retries and their pauses. A call never takes longer than
 * {@link #total()}; each attempt gets at most what is left of it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param connect    to open a TCP/TLS connection (applies to the SDK's own {@code HttpClient} only)
 * @param perAttempt for one request and its response
 * @param total      for the call as a whole, retries included
 */
public record Timeouts(Duration connect, Duration perAttempt, Duration total) {

    /** The longest any of the timeouts may be: longer ones are mistakes, and do not fit the clock's arithmetic. */
    public static final Duration MAX = Duration.ofDays(1);

    /** 5 s to connect, 30 s per attempt, 60 s in total. */
    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofSeconds(60));

    /**
     * Checks that every timeout is positive and at most {@link #MAX}.
     *
     * @throws InvalidInputException naming the timeout that is out of range
     */
    public Timeouts {
        positive(connect, "timeouts.connect");
        positive(perAttempt, "timeouts.perAttempt");
        positive(total, "timeouts.total");
    }

    /** These timeouts with another connect timeout. */
    public Timeouts withConnect(Duration connect) {
        return new Timeouts(connect, perAttempt, total);
    }

    /** These timeouts with another per-attempt timeout. */
    public Timeouts withPerAttempt(Duration perAttempt) {
        return new Timeouts(connect, perAttempt, total);
    }

    /** These timeouts with another total timeout. */
    public Timeouts withTotal(Duration total) {
        return new Timeouts(connect, perAttempt, total);
    }

    private static void positive(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isZero() || d.isNegative() || d.compareTo(MAX) > 0) {
            throw new InvalidInputException(field, "TIDSAVBRUDD", field + " must be positive and at most one day");
        }
    }
}
