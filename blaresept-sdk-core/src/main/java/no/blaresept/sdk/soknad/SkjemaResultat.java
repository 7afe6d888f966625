package no.blaresept.sdk.soknad;

import java.util.List;
import java.util.Objects;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.Valgpunkt;

/**
 * The outcome of a form call, del1, del2 or del3 (seed 000 §2.1, step 2; F-2.1–F-2.3). Each kind
 * carries its data and the specification's default next step. An outcome code this SDK version does
 * not know becomes {@link UkjentUtfall}, never an exception.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface SkjemaResultat extends Valgpunkt {

    /** Whether the process can go on (false when there is no form to go on with). */
    @Override
    default boolean kanGaVidere() {
        return standardvalg() == Neste.GA_VIDERE;
    }

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
        /** Handles {@link Skjema}. */
        R skjema(Skjema skjema);

        /** Handles {@link VarselMedSkjema}. */
        R varselMedSkjema(VarselMedSkjema varselMedSkjema);

        /** Handles {@link Avvisning}. */
        R avvisning(Avvisning avvisning);

        /** Handles {@link UkjentUtfall}. */
        R ukjentUtfall(UkjentUtfall ukjentUtfall);
    }

    /**
     * The next form part (F-2.4): render it, then send the answers on. Default: go on.
     *
     * @param skjemadel the form part
     * @param meldinger notes from the service, possibly empty
     */
    record Skjema(Skjemadel skjemadel, List<Melding> meldinger) implements SkjemaResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").skjema(this);
        }

        /** Checks and copies. */
        public Skjema {
            Objects.requireNonNull(skjemadel, "skjemadel");
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.GA_VIDERE;
        }
    }

    /**
     * A warning together with the form part (F-2.3): show the warning, offer go on or end.
     * Default: go on.
     *
     * @param skjemadel the form part
     * @param meldinger the warnings
     */
    record VarselMedSkjema(Skjemadel skjemadel, List<Melding> meldinger) implements SkjemaResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").varselMedSkjema(this);
        }

        /** Checks and copies. */
        public VarselMedSkjema {
            Objects.requireNonNull(skjemadel, "skjemadel");
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.GA_VIDERE;
        }
    }

    /**
     * A rejection (F-2.2): show it; the process ends, there is no way to submit.
     *
     * @param meldinger why
     */
    record Avvisning(List<Melding> meldinger) implements SkjemaResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").avvisning(this);
        }

        /** Copies the list. */
        public Avvisning {
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.AVSLUTT;
        }
    }

    /**
     * An outcome code this SDK version does not know. Show the messages; the SDK ends to be safe.
     *
     * @param kode      the raw outcome code
     * @param meldinger messages from the service
     */
    record UkjentUtfall(String kode, List<Melding> meldinger) implements SkjemaResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").ukjentUtfall(this);
        }

        /** Checks and copies. */
        public UkjentUtfall {
            Objects.requireNonNull(kode, "kode");
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.AVSLUTT;
        }
    }
}
