package no.blaresept.testkit.helseid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test moves by hand. Give the same instance to {@link MockHelseIdSts#start(Clock)} and
 * to {@code HelseIdConfig.Builder.clock} to test token expiry and early renewal (T-2.6) without
 * waiting an hour.
 *
 * <p>Thread-safe: the time is read and advanced atomically.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    private TestClock(Instant start) {
        this.now = start;
    }

    /**
     * A clock standing at {@code start}.
     *
     * @param start the first instant
     * @return the clock
     */
    public static TestClock at(Instant start) {
        return new TestClock(Objects.requireNonNull(start, "start"));
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far
     */
    public synchronized void advance(Duration duration) {
        now = now.plus(Objects.requireNonNull(duration, "duration"));
    }

    /** Always UTC. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: the zone does not matter for instants. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public String toString() {
        return "TestClock[" + now + "]";
    }
}
