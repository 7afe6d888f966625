package no.blaresept.sdk;

import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.internal.Fodselsnummermaske;

/**
 * A text attached to a decision or a receipt, to show the doctor. Serves F-1.5 and F-3.7.
 *
 * <p>Immutable and thread-safe.
 *
 * @param overskrift a heading, if the text has one
 * @param tekst      the text
 */
public record Tekst(Optional<String> overskrift, String tekst) {

    /** Checks that the parts are present. */
    public Tekst {
        Objects.requireNonNull(overskrift, "overskrift");
        Objects.requireNonNull(tekst, "tekst");
    }

    /** {@inheritDoc} A fødselsnummer the service put in a text is masked. */
    @Override
    public String toString() {
        return Fodselsnummermaske.masker("Tekst[overskrift=" + overskrift + ", tekst=" + tekst + "]");
    }
}
