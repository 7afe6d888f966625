package no.blaresept.sdk.prosess;

/**
 * What carrying answers over to a new schema version did with one field ({@link Svaroverforing}, F-4.2 –
 * F-4.4). Immutable and thread-safe.
 */
public enum Overforingsstatus {
    /** Kept: the new version has the field and the answer still fits it. */
    BEHOLDT,
    /**
     * Dropped: a minor version removed the field, so the answer is not carried over; its value is in
     * {@link Svaroverforing#forkastet()}, never lost silently.
     */
    FJERNET,
    /**
     * Needs input: a field the doctor has not answered and the new version asks for now (a new field, or one
     * that became required), or a kept answer that no longer fits a changed rule.
     */
    MA_FYLLES_UT,
    /**
     * Review: under a major version (F-4.4) the answers are not moved; this answer's field was removed,
     * changed type or input kind, or no longer accepts the answer — the doctor must look at it again.
     */
    MA_VURDERES
}
