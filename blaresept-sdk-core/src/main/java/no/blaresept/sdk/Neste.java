package no.blaresept.sdk;

/**
 * The next step the specification names as the default choice after an outcome (seed 000 §2.1):
 * go on with the process, or end it. The doctor may choose otherwise where the outcome allows it
 * (see each result's {@code kanGaVidere()}).
 *
 * <p>Immutable and thread-safe.
 */
public enum Neste {
    /** Go on to the next step (e.g. from "no decision found" to the application form). */
    GA_VIDERE,
    /** End the process here. */
    AVSLUTT
}
