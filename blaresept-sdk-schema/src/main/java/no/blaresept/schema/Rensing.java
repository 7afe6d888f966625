package no.blaresept.schema;

/**
 * What to do with values of fields that an answer change has hidden (values from a branch no longer
 * active). Form libraries that keep them submit data the user cannot see; the SDK removes them by default.
 *
 * <p>Thread safety: enum constants are immutable.
 */
public enum Rensing {
    /** Remove values of hidden fields (the default). */
    FJERN_SKJULTE,
    /** Keep them (for example to restore them if the user switches back). */
    BEHOLD_SKJULTE
}
