package no.blaresept.schema.internal;

import java.util.List;

/**
 * What a schema demands of an object (or list item) as a whole rather than of one field: the keywords the
 * model does not turn into fields and branches ({@code additionalProperties}, {@code minProperties},
 * {@code not}, a {@code type} …), or a whole {@code oneOf}/{@code anyOf} choice. Checked on the value at
 * {@code instans} (a template path) while {@code kjede} holds; a failure is reported at that path.
 */
record Gruppekontroll(String instans, List<Betingelse> kjede, EveritSkjema skjema) {
    Gruppekontroll {
        kjede = List.copyOf(kjede);
    }
}
