package no.blaresept.schema.internal;

import java.util.List;

/**
 * One place where the schema declares a field, with the branch conditions (outermost first) under which
 * the declaration applies, and the compiled schema its value must satisfy while it applies. Nested
 * properties, items and conditionals are left out of {@code skjema}: they are declarations of their own.
 */
record Deklarasjon(String sti, List<Betingelse> kjede, EveritSkjema skjema) {
    Deklarasjon {
        kjede = List.copyOf(kjede);
    }

    /** Inside a oneOf/anyOf branch: its rules are judged on the whole choice, not on this field alone. */
    boolean iAlternativ() {
        return Kjeder.forsteAlternativ(kjede) >= 0;
    }
}
