package no.blaresept.schema;

import java.util.Objects;
import no.blaresept.schema.internal.Fodselsnummermaske;

/**
 * A schema or an answer document cannot be used: malformed, malicious, too large, or a path that names
 * nothing. Carries a {@link SkjemaFeil} (code + JSON Pointer). The message is Norwegian, says what is wrong
 * and where, and never contains answer values; an eleven-digit run shaped like a fødselsnummer is masked.
 *
 * <p>Thread safety: immutable.
 */
public final class SkjemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SkjemaFeil feil;

    /**
     * Creates the exception.
     *
     * @param kode what is wrong
     * @param sti JSON Pointer to where it is wrong
     * @param detalj extra explanation without personal data, may be empty
     */
    public SkjemaException(SkjemaFeilkode kode, String sti, String detalj) {
        super(melding(kode, sti, detalj));
        this.feil = new SkjemaFeil(kode, sti);
    }

    private static String melding(SkjemaFeilkode kode, String sti, String detalj) {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(sti, "sti");
        Objects.requireNonNull(detalj, "detalj");
        String hvor = sti.isEmpty() ? "roten" : sti;
        // A path or detail may hold a fødselsnummer (a field or file named after the patient).
        return Fodselsnummermaske.masker(kode.melding() + ": " + hvor + (detalj.isEmpty() ? "" : " (" + detalj + ")"));
    }

    /** The structured error. */
    public SkjemaFeil feil() {
        return feil;
    }

    /** Shortcut for {@code feil().kode()}. */
    public SkjemaFeilkode kode() {
        return feil.kode();
    }
}
