package no.blaresept.examples.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of one server, by an unguessable id (128 random bits). An id is the only thing the
 * browser holds; it says nothing about the patient. A session left alone for {@code levetid} is forgotten,
 * answers and all, so patient data does not stay in memory after the doctor has walked away.
 *
 * <p>Thread-safe.
 */
final class Oktlager {
    /** How long an unused session lives. */
    static final Duration STANDARD_LEVETID = Duration.ofMinutes(30);
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Lagret> okter = new ConcurrentHashMap<>();
    private final Duration levetid;
    private final Clock klokke;

    private record Lagret(Okt okt, Instant sistBrukt) {
    }

    Oktlager(Duration levetid, Clock klokke) {
        this.levetid = Objects.requireNonNull(levetid, "levetid");
        this.klokke = Objects.requireNonNull(klokke, "klokke");
    }

    /** Stores a session and returns its new id; forgets sessions unused for too long. */
    String lagre(Okt okt) {
        Instant na = klokke.instant();
        okter.values().removeIf(l -> utlopt(l, na));
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        okter.put(id, new Lagret(okt, na));
        return id;
    }

    /** The session with this id, if there is one and it has been used recently; counts as a use. */
    Optional<Okt> hent(String id) {
        Instant na = klokke.instant();
        Lagret lagret = okter.computeIfPresent(id, (k, l) -> utlopt(l, na) ? null : new Lagret(l.okt(), na));
        return Optional.ofNullable(lagret).map(Lagret::okt);
    }

    /** Forgets a session: its answers are gone from the server. */
    void fjern(String id) {
        okter.remove(id);
    }

    private boolean utlopt(Lagret lagret, Instant na) {
        return lagret.sistBrukt().plus(levetid).isBefore(na);
    }
}
