package no.blaresept.sdk.prosess;

/**
 * Where a {@link BlareseptProsess} stands: which call it accepts next. Immutable and thread-safe.
 */
public enum Prosesssteg {
    /** Nothing called yet: the decision lookup comes first (F-0.1). */
    VEDTAKSSPORRING,
    /** The lookup allows applying: {@code del1} next (or end). */
    DEL1,
    /** Part 1 of the form is out: {@code del2} with its answers next. */
    DEL2,
    /** Part 2 is out: {@code del3} with its answers next. */
    DEL3,
    /** The complete form is out: {@code valider} (any number of times) and {@code send} (once). */
    INNSENDING,
    /**
     * A send's outcome is unknown (timeout, lost connection): the application may have arrived.
     * {@link BlareseptProsess#avklarUkjentInnsending()} looks it up before anything is sent again.
     */
    UKJENT_INNSENDING,
    /** The process is over: a send was answered, a service rejected it, or the doctor ended it. */
    AVSLUTTET
}
