package no.blaresept.sdk;

import java.util.List;

/**
 * An outcome at which the doctor chooses how to go on (seed 000 §2.1): the decision lookup's and each form
 * part's. Lets an EPJ show the messages and follow the default choice in one place for both.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Valgpunkt {

    /** Messages from the service to show the doctor. */
    List<Melding> meldinger();

    /** The default choice the specification names for this outcome. */
    Neste standardvalg();

    /** Whether the doctor may go on at all (false when the process must end). */
    boolean kanGaVidere();
}
