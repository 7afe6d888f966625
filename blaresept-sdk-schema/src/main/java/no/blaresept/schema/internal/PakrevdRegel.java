package no.blaresept.schema.internal;

import java.util.List;

/** {@code required} (or a property dependency): {@code navn} must be present in the object at {@code objekt} while {@code kjede} holds. */
record PakrevdRegel(String objekt, String navn, List<Betingelse> kjede) {
    PakrevdRegel {
        kjede = List.copyOf(kjede);
    }

    String sti() {
        return JsonStier.barn(objekt, navn);
    }

    /** Index in {@link #kjede()} of the first oneOf/anyOf branch, or -1. */
    int forsteAlternativ() {
        return Kjeder.forsteAlternativ(kjede);
    }
}
