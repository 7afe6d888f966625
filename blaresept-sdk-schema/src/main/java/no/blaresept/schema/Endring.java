package no.blaresept.schema;

import java.util.Objects;

/**
 * One change between two schema versions.
 *
 * <p>Thread safety: immutable.
 *
 * @param sti JSON Pointer into the schema where the change is ({@code /properties/pasient/properties/bmi})
 * @param type what kind of change
 * @param detalj a short Norwegian explanation (for example {@code maxLength: 2000 → 3000}); no answer data
 * @param klasse minor or major by the specification's rules
 */
public record Endring(String sti, Endringstype type, String detalj, Endringsklasse klasse) {

    /** Checks the components. */
    public Endring {
        Objects.requireNonNull(sti, "sti");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detalj, "detalj");
        Objects.requireNonNull(klasse, "klasse");
        if (klasse == Endringsklasse.NONE) {
            throw new IllegalArgumentException("En endring er minor eller major");
        }
    }

    /** {@code TYPE} or {@code TYPE: detalj}, as the command line prints it. */
    public String beskrivelse() {
        return detalj.isEmpty() ? type.name() : type.name() + ": " + detalj;
    }
}
