package no.blaresept.schema.internal;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parsed JSON Pointers, remembered: the same few hundred field paths are looked up on every keystroke. */
final class Pekere {
    private static final int MAKS = 10_000;
    private static final Map<String, JsonPointer> KJENTE = new ConcurrentHashMap<>();

    private Pekere() {
    }

    static JsonPointer av(String sti) {
        JsonPointer peker = KJENTE.get(sti);
        if (peker == null) {
            peker = JsonStier.peker(sti);
            if (KJENTE.size() < MAKS) {
                KJENTE.put(sti, peker);
            }
        }
        return peker;
    }
}
