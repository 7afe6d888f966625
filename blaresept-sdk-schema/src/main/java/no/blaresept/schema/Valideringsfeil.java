package no.blaresept.schema;

import java.io.Serializable;
import java.util.Objects;
import no.blaresept.schema.internal.Fodselsnummermaske;

/**
 * One problem with the answers: where (JSON Pointer into the answers), a stable code, and a Norwegian
 * message. The form model's messages never contain the value itself; the service's (from core's
 * {@code valider}) are its own words, so {@link #toString()} masks any fødselsnummer in them. Serves F-2.10,
 * and F-3.1 for the service's check: both use the same codes.
 *
 * <p>Thread safety: immutable.
 *
 * @param sti JSON Pointer of the field in the answers ({@code ""} for the whole document)
 * @param kode stable code the vendor may translate
 * @param melding default Norwegian message, fit to show a doctor
 * @param regelkode the code of the broken rule as the checker names it: {@code kode.name()} for the form
 *     model's own check; the service's own code for the service's check, which may name a business rule
 *     the form model cannot know (e.g. {@code DIAGNOSE_GIR_IKKE_REFUSJON}, with {@code kode} {@code ANNET})
 */
public record Valideringsfeil(String sti, Feilkode kode, String melding, String regelkode) implements Serializable {

    /** Checks the components. */
    public Valideringsfeil {
        Objects.requireNonNull(sti, "sti");
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(melding, "melding");
        Objects.requireNonNull(regelkode, "regelkode");
    }

    /** An error of the form model's own check: its rule code is the code's name. */
    public Valideringsfeil(String sti, Feilkode kode, String melding) {
        this(sti, kode, melding, kode.name());
    }

    /** An error with the code's default message. */
    public static Valideringsfeil of(String sti, Feilkode kode) {
        return new Valideringsfeil(sti, kode, kode.melding());
    }

    /** {@inheritDoc} A fødselsnummer in the path or the message is masked. */
    @Override
    public String toString() {
        return Fodselsnummermaske.masker("Valideringsfeil[sti=" + sti + ", kode=" + kode + ", regelkode=" + regelkode
                + ", melding=" + melding + "]");
    }
}
