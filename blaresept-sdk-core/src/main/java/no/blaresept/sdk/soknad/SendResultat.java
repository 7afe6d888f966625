package no.blaresept.sdk.soknad;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.sdk.Melding;

/**
 * The service's immediate answer to {@link SoknadClient#send(Innsending)} (seed 000 §2.1, step 3).
 * Formally not a decision: the decision goes to the patient. After any of these the process ends;
 * an application in manual processing can be followed with its {@link Soknadsreferanse}. An
 * outcome code this SDK version does not know becomes {@link UkjentUtfall}, never an exception.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface SendResultat {

    /** Messages from the service to show the doctor. */
    List<Melding> meldinger();

    /**
     * Calls the {@code visitor}'s method for this outcome and returns what it returns: the Java 17 way to
     * handle every outcome (pattern matching for {@code switch} needs Java 21). When a later version adds an
     * outcome, it adds a method to {@link Visitor}, so code that does not handle it stops compiling instead of
     * missing it at run time.
     *
     * @throws NullPointerException naming {@code visitor} when it is null
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per outcome, for {@link #accept(Visitor)}; implement all of them (an anonymous class or
     * a class of the caller's). Thread safety is the implementation's.
     *
     * @param <R> what handling an outcome gives
     */
    interface Visitor<R> {
        /** Handles {@link Innvilget}. */
        R innvilget(Innvilget innvilget);

        /** Handles {@link Avslag}. */
        R avslag(Avslag avslag);

        /** Handles {@link ManuellSaksbehandling}. */
        R manuellSaksbehandling(ManuellSaksbehandling manuellSaksbehandling);

        /** Handles {@link Avvisning}. */
        R avvisning(Avvisning avvisning);

        /** Handles {@link UkjentUtfall}. */
        R ukjentUtfall(UkjentUtfall ukjentUtfall);
    }

    /**
     * Granted (F-3.6): show the receipt and its texts (F-3.7).
     *
     * @param kvittering       the structured receipt
     * @param soknadsreferanse the application's reference, when given
     * @param meldinger        messages from the service
     */
    record Innvilget(Kvittering kvittering, Optional<Soknadsreferanse> soknadsreferanse, List<Melding> meldinger)
            implements SendResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").innvilget(this);
        }

        /** Checks and copies. */
        public Innvilget {
            Objects.requireNonNull(kvittering, "kvittering");
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            meldinger = List.copyOf(meldinger);
        }
    }

    /**
     * Refused (F-3.5): show the reasons.
     *
     * @param avslagsgrunner   why
     * @param soknadsreferanse the application's reference, when given
     * @param meldinger        other messages from the service
     */
    record Avslag(List<Melding> avslagsgrunner, Optional<Soknadsreferanse> soknadsreferanse, List<Melding> meldinger)
            implements SendResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").avslag(this);
        }

        /** Checks and copies. */
        public Avslag {
            avslagsgrunner = List.copyOf(avslagsgrunner);
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            meldinger = List.copyOf(meldinger);
        }
    }

    /**
     * Sent to manual processing (F-3.3): say so, and keep the reference to look the status up later
     * (F-3.4, F-3.8).
     *
     * @param soknadsreferanse the reference
     * @param meldinger        messages from the service
     */
    record ManuellSaksbehandling(Soknadsreferanse soknadsreferanse, List<Melding> meldinger) implements SendResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").manuellSaksbehandling(this);
        }

        /** Checks and copies. */
        public ManuellSaksbehandling {
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            meldinger = List.copyOf(meldinger);
        }
    }

    /**
     * Rejected without being processed, e.g. an outdated schema version: show the messages. The
     * application was not taken; fix the cause before sending again.
     *
     * @param meldinger why
     */
    record Avvisning(List<Melding> meldinger) implements SendResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").avvisning(this);
        }

        /** Copies the list. */
        public Avvisning {
            meldinger = List.copyOf(meldinger);
        }
    }

    /**
     * An outcome code this SDK version does not know. The application was received: do not send it
     * again; show the messages and look it up with {@code vedtak().sok(...)}.
     *
     * @param kode             the raw outcome code
     * @param soknadsreferanse the application's reference, when given
     * @param meldinger        messages from the service
     */
    record UkjentUtfall(String kode, Optional<Soknadsreferanse> soknadsreferanse, List<Melding> meldinger)
            implements SendResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").ukjentUtfall(this);
        }

        /** Checks and copies. */
        public UkjentUtfall {
            Objects.requireNonNull(kode, "kode");
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            meldinger = List.copyOf(meldinger);
        }
    }
}
