package no.blaresept.schema.internal;

import java.util.List;

/** Questions about a chain of branch conditions. Stateless and thread-safe. */
final class Kjeder {
    private Kjeder() {
    }

    /** Index of the first {@code oneOf}/{@code anyOf} branch in {@code kjede}, or -1. */
    static int forsteAlternativ(List<Betingelse> kjede) {
        for (int i = 0; i < kjede.size(); i++) {
            if (kjede.get(i) instanceof Betingelse.Alternativ) {
                return i;
            }
        }
        return -1;
    }
}
