package no.blaresept.sdk.prosess;

import java.util.Objects;

/**
 * One line of a {@link Svaroverforing}'s report: a field and what happened to its answer. Holds no answer
 * value (the old value of a dropped field is in {@link Svaroverforing#forkastet()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param sti    concrete JSON Pointer of the field in the answers, e.g. {@code /diagnoser/0/kode}
 * @param status what happened to it
 */
public record Feltoverforing(String sti, Overforingsstatus status) {

    /** Checks the parts. */
    public Feltoverforing {
        Objects.requireNonNull(sti, "sti");
        Objects.requireNonNull(status, "status");
    }
}
