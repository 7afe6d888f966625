package no.blaresept.testkit.helseid.internal;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Remembers {@code jti}s until they expire, so a replayed assertion or proof is refused. Thread-safe. */
public final class ReplayGuard {

    private final ConcurrentMap<String, Instant> seen = new ConcurrentHashMap<>();

    /**
     * Records a {@code jti}.
     *
     * @param jti   the identifier
     * @param until when it may be forgotten
     * @param now   now
     * @return false when it was already seen (a replay)
     */
    public boolean firstUse(String jti, Instant until, Instant now) {
        seen.values().removeIf(t -> t.isBefore(now));
        return seen.putIfAbsent(jti, until) == null;
    }
}
