package no.blaresept.testkit;

import java.util.Objects;

/**
 * One well-known synthetic test patient (see {@link Testpasienter}).
 *
 * <p>Immutable and thread-safe. The number is synthetic, so {@code toString()} shows it: that is
 * what the standalone jar prints for testers.
 *
 * @param fodselsnummer the synthetic fødselsnummer or d-nummer
 * @param scenario      the outcome the patient selects
 * @param beskrivelse   what happens, in Norwegian
 */
public record Testpasient(String fodselsnummer, Scenario scenario, String beskrivelse) {

    /** Checks the parts. */
    public Testpasient {
        Objects.requireNonNull(fodselsnummer, "fodselsnummer");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(beskrivelse, "beskrivelse");
    }
}
