package no.blaresept.schema;

import java.util.Objects;
import no.blaresept.schema.internal.Fodselsnummermaske;

/**
 * The structured cause of a {@link SkjemaException}: a stable code and the JSON Pointer of the place in the
 * schema (or in the answers) where the problem is.
 *
 * <p>Thread safety: immutable.
 *
 * @param kode what is wrong
 * @param sti JSON Pointer to where it is wrong ({@code ""} is the document root)
 */
public record SkjemaFeil(SkjemaFeilkode kode, String sti) {

    /** Checks the components. */
    public SkjemaFeil {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(sti, "sti");
    }

    /** As a record prints itself, with a fødselsnummer-shaped run in the path masked, as in the exception's message. */
    @Override
    public String toString() {
        return Fodselsnummermaske.masker("SkjemaFeil[kode=" + kode + ", sti=" + sti + "]");
    }
}
