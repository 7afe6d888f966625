package no.blaresept.sdk.soknad;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The answers to one form part, for the application started by del1: the input of
 * {@link SoknadClient#del2(Skjemadata)} and {@link SoknadClient#del3(Skjemadata)}. Usually made with
 * {@link Skjemadel#svar(ObjectNode)}, which carries the id and version on.
 *
 * <p>Immutable and thread-safe: the answers are copied in and out. They are form content, so
 * {@link #toString()} never shows them.
 */
public final class Skjemadata {

    private final SoknadId soknadId;
    private final Skjemaversjon skjemaversjon;
    private final ObjectNode svar;

    /**
     * Creates the input.
     *
     * @param soknadId      the application's id from del1
     * @param skjemaversjon the schema version the answers follow
     * @param svar          the answers, shaped by the schema (copied)
     */
    public Skjemadata(SoknadId soknadId, Skjemaversjon skjemaversjon, ObjectNode svar) {
        this.soknadId = Objects.requireNonNull(soknadId, "soknadId");
        this.skjemaversjon = Objects.requireNonNull(skjemaversjon, "skjemaversjon");
        this.svar = Objects.requireNonNull(svar, "svar").deepCopy();
    }

    /** The application's id. */
    public SoknadId soknadId() {
        return soknadId;
    }

    /** The schema version the answers follow. */
    public Skjemaversjon skjemaversjon() {
        return skjemaversjon;
    }

    /** A copy of the answers. */
    public ObjectNode svar() {
        return svar.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Skjemadata s && soknadId.equals(s.soknadId) && skjemaversjon.equals(s.skjemaversjon)
                && svar.equals(s.svar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(soknadId, skjemaversjon, svar);
    }

    /** Names id and version; the answers are form content and never shown. */
    @Override
    public String toString() {
        return "Skjemadata[" + soknadId.value() + ", " + skjemaversjon.value() + ", svar=***]";
    }
}
