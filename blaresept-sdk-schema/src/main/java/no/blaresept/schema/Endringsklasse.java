package no.blaresept.schema;

/**
 * How Helsedirektoratet's versioning rules classify a schema change (seed 000 §3.1). Ordered: the verdict of
 * a comparison is the highest class found. Serves F-4.2, F-4.3, F-4.4.
 *
 * <p>Thread safety: enum constants are immutable.
 */
public enum Endringsklasse {
    /** No change. */
    NONE,
    /** A minor change: new simple manual fields, removed fields, new fields on a known code list, changed validation. */
    MINOR,
    /** Everything else: expect development (new groups or lists, new code lists, type or structure changes, lookups). */
    MAJOR
}
