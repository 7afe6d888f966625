package no.blaresept.sdk;

import java.util.Objects;
import no.blaresept.schema.internal.Fodselsnummermaske;

/**
 * A message from the Blåresept service for the doctor: a warning, a rejection, a reason for refusal.
 * Serves F-1.2, F-1.3, F-2.2, F-2.3 and F-3.5 (show the message).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kode  the service's code for the message
 * @param tekst the text to show
 */
public record Melding(String kode, String tekst) {

    /** Checks that both parts are present. */
    public Melding {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(tekst, "tekst");
    }

    /** {@inheritDoc} A fødselsnummer the service put in a text is masked. */
    @Override
    public String toString() {
        return Fodselsnummermaske.masker("Melding[kode=" + kode + ", tekst=" + tekst + "]");
    }
}
