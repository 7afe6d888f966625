package no.blaresept.sdk.internal.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Correlation ids: random version-4 UUIDs from {@link ThreadLocalRandom}. {@link UUID#randomUUID()} draws from
 * one JVM-wide {@code SecureRandom} behind a lock; with 50 threads calling at once (a vendor's test suite against
 * the testkit mock) the threads queued there for tens of milliseconds, longer than the calls themselves. A
 * correlation id is sent in the clear and written to logs on both sides: it must be unique, not unguessable.
 *
 * <p>Thread-safe.
 */
final class CorrelationIds {

    private static final long VERSION_MASK = 0xF000L;
    private static final long VERSION_4 = 0x4000L;
    private static final long VARIANT_MASK = 0xC000_0000_0000_0000L;
    private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

    private CorrelationIds() {
    }

    /** A new id, e.g. {@code 3f1c2a9e-5b7d-4e08-9a61-0c2f4b8d7e15}. */
    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~VERSION_MASK | VERSION_4;
        long low = random.nextLong() & ~VARIANT_MASK | VARIANT_IETF;
        return new UUID(high, low).toString();
    }
}
