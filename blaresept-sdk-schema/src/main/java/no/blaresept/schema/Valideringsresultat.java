package no.blaresept.schema;

import java.util.List;
import java.util.Objects;

/**
 * The errors found when validating answers, in a stable order (by path, then code).
 *
 * <p>Thread safety: immutable.
 *
 * @param feil the errors; empty when the answers are valid
 */
public record Valideringsresultat(List<Valideringsfeil> feil) {

    /** Copies the list. */
    public Valideringsresultat {
        feil = List.copyOf(feil);
    }

    /** Whether there are no errors. */
    public boolean gyldig() {
        return feil.isEmpty();
    }

    /** The errors at exactly {@code sti}. */
    public List<Valideringsfeil> feilFor(String sti) {
        Objects.requireNonNull(sti, "sti");
        return feil.stream().filter(f -> f.sti().equals(sti)).toList();
    }
}
