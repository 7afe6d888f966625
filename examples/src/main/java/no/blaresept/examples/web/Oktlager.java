package no.blaresept.examples.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of one server, by an unguessable id (128 random bits). An id is the only thing the
 * browser holds; it says nothing about the patient.
 *
 * <p>Thread-safe.
 */
final class Oktlager {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Okt> okter = new ConcurrentHashMap<>();

    /** Stores a session and returns its new id. */
    String lagre(Okt okt) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        okter.put(id, okt);
        return id;
    }

    /** The session with this id, if there is one. */
    Optional<Okt> hent(String id) {
        return Optional.ofNullable(okter.get(id));
    }

    /** Forgets a session: its answers are gone from the server. */
    void fjern(String id) {
        okter.remove(id);
    }
}
