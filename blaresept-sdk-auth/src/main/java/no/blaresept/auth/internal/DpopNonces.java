package no.blaresept.auth.internal;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The latest DPoP nonce each server handed out, by origin (RFC 9449 §8, §9). The provider keeps one
 * store for STSs and one for APIs, so a nonce never crosses from one to the other. Thread-safe.
 */
public final class DpopNonces {

    private final ConcurrentMap<String, String> byOrigin = new ConcurrentHashMap<>();

    /** The nonce last seen from the server of {@code uri}. */
    public Optional<String> get(URI uri) {
        return Optional.ofNullable(byOrigin.get(Jose.origin(uri)));
    }

    /** Remembers a nonce from the server of {@code uri}; blank values are ignored. */
    public void remember(URI uri, Optional<String> nonce) {
        nonce.filter(n -> !n.isBlank()).ifPresent(n -> byOrigin.put(Jose.origin(uri), n));
    }
}
