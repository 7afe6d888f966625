package no.blaresept.schema;

import java.util.Objects;
import no.blaresept.schema.internal.Fodselsnummermaske;

/**
 * One problem with the answers: where (JSON Pointer into the answers), a stable code, and a Norwegian
 * message. The message never contains the value itself. Serves F-2.10.
 *
 * <p>Thread safety: immutable.
 *
 * @param sti JSON Pointer of the field in the answers ({@code ""} for the whole document)
 * @param kode stable code the vendor may translate
 * @param melding default Norwegian message, fit to show a doctor
 */
public record Valideringsfeil(String sti, Feilkode kode, String melding) {

    /** Checks the components. */
    public Valideringsfeil {
        Objects.requireNonNull(sti, "sti");
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(melding, "melding");
    }

    /** As a record prints itself, with a fødselsnummer-shaped run in the path masked: a list key may be one. */
    @Override
    public String toString() {
        return Fodselsnummermaske.masker("Valideringsfeil[sti=" + sti + ", kode=" + kode + ", melding=" + melding + "]");
    }

    /** An error with the code's default message. */
    public static Valideringsfeil av(String sti, Feilkode kode) {
        return new Valideringsfeil(sti, kode, kode.melding());
    }
}
