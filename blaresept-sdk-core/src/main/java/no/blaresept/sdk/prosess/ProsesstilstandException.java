package no.blaresept.sdk.prosess;

import java.util.Objects;
import no.blaresept.sdk.error.BlareseptException;

/**
 * A saved {@link Prosesstilstand} could not be read: it is not JSON, a value is missing or wrong, or it was
 * written in a format version this SDK does not know. Says where ({@link #sti()}, a JSON Pointer into the
 * saved document) and what ({@link #kode()}); never repeats a saved value, which may be patient data.
 * Nothing was called.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProsesstilstandException extends BlareseptException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the saved document. Immutable and thread-safe. */
    public enum Kode {
        /** The text is not one JSON object (or writes a key twice). */
        UGYLDIG_JSON,
        /** The document was written by a newer SDK in a format version this one does not know. */
        UKJENT_FORMATVERSJON,
        /** A required value is missing. */
        MANGLER,
        /** A value has the wrong JSON type, is refused by its type's own checks, or does not fit the step. */
        UGYLDIG_VERDI,
        /** A key this format version does not have: a typo or a change by hand, refused rather than ignored. */
        UKJENT_FELT
    }

    private final String sti;
    private final Kode kode;

    ProsesstilstandException(String sti, Kode kode, String problem) {
        super("saved process state " + (sti.isEmpty() ? "" : "at " + sti + " ") + "is refused (" + kode + "): " + problem, null);
        this.sti = Objects.requireNonNull(sti, "sti");
        this.kode = Objects.requireNonNull(kode, "kode");
    }

    /** JSON Pointer of the refused value in the saved document; empty for the document as a whole. */
    public String sti() {
        return sti;
    }

    /** What is wrong, as a stable code. */
    public Kode kode() {
        return kode;
    }
}
