package no.blaresept.examples.nykommer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.soknad.Soknadsreferanse;

/**
 * What the EPJ records in the patient's journal after an application: its own outcome, the reference to
 * ask for status with, and the service's messages for the doctor. Immutable and thread-safe.
 *
 * @param utfall            the outcome
 * @param soknadsreferanse  the application's reference, when the service gave one
 * @param meldinger         the service's messages to show the doctor
 */
public record Resultat(Utfall utfall, Optional<Soknadsreferanse> soknadsreferanse, List<Melding> meldinger) {

    /** The EPJ's outcomes, fewer than the SDK's: what the journal and the doctor's work list need. */
    public enum Utfall {
        /** Granted: the prescription is reimbursed. */
        INNVILGET,
        /** Refused. */
        AVSLATT,
        /** Sent to a caseworker (manual processing); ask for status later. */
        TIL_BEHANDLING,
        /** Nothing sent: the lookup or a form part ended the process (a decision exists, a rejection). */
        IKKE_SENDT,
        /** Sent, but the service rejected it (e.g. an outdated schema version). */
        AVVIST,
        /** The outcome is not known yet: run the same process again later to look it up. */
        UKJENT
    }

    /** Checks and copies. */
    public Resultat {
        Objects.requireNonNull(utfall, "utfall");
        Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
        meldinger = List.copyOf(Objects.requireNonNull(meldinger, "meldinger"));
    }
}
