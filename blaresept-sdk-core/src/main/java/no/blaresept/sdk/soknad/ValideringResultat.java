package no.blaresept.sdk.soknad;

import java.util.List;
import no.blaresept.sdk.Feltfeil;

/**
 * The outcome of {@link SoknadClient#valider(Innsending)} (F-3.1): the application is valid, or here
 * is what is wrong where.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface ValideringResultat {

    /** The errors found; empty when valid. */
    List<Feltfeil> feil();

    /** The application is valid and may be sent. */
    record Gyldig() implements ValideringResultat {
        @Override
        public List<Feltfeil> feil() {
            return List.of();
        }
    }

    /**
     * The application has errors: show each next to its field (JSON Pointer {@link Feltfeil#sti()}).
     *
     * @param feil the errors, possibly empty when the service gave no details
     */
    record Ugyldig(List<Feltfeil> feil) implements ValideringResultat {
        /** Copies the list. */
        public Ugyldig {
            feil = List.copyOf(feil);
        }
    }
}
