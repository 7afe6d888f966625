package no.blaresept.sdk;

import java.util.Objects;
import no.blaresept.schema.internal.Fodselsnummermaske;

/**
 * What the service found wrong in an application, and where: a JSON Pointer into the form data.
 * Used by validation results and by refused requests.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sti   JSON Pointer of the field, e.g. {@code /diagnose/kode}
 * @param kode  the service's code for the problem
 * @param tekst the problem in words, to show next to the field
 */
public record Feltfeil(String sti, String kode, String tekst) implements java.io.Serializable {

    /** Checks that every part is present. */
    public Feltfeil {
        Objects.requireNonNull(sti, "sti");
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(tekst, "tekst");
    }

    /** {@inheritDoc} A fødselsnummer the service put in a text is masked. */
    @Override
    public String toString() {
        return Fodselsnummermaske.masker("Feltfeil[sti=" + sti + ", kode=" + kode + ", tekst=" + tekst + "]");
    }
}
