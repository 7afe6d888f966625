package no.blaresept.sdk.vedtak;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.Valgpunkt;
import no.blaresept.sdk.soknad.Soknadsreferanse;

/**
 * The outcome of a decision lookup (seed 000 §2.1, step 1). One of six kinds; each carries its data,
 * the specification's default next step ({@link #standardvalg()}) and whether the doctor may go on
 * to apply at all ({@link #kanGaVidere()}). An outcome code this SDK version does not know becomes
 * {@link UkjentUtfall}, never an exception.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface VedtakSokResultat extends Valgpunkt {

    /** Messages from the service to show the doctor (warnings, rejection reasons, notes). */
    @Override
    List<Melding> meldinger();

    /** Whether the doctor may still choose to apply (false only when the process must end). */
    @Override
    default boolean kanGaVidere() {
        return true;
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
        /** Handles {@link VedtakFunnet}. */
        R vedtakFunnet(VedtakFunnet vedtakFunnet);

        /** Handles {@link IngenVedtak}. */
        R ingenVedtak(IngenVedtak ingenVedtak);

        /** Handles {@link SoknadTilBehandling}. */
        R soknadTilBehandling(SoknadTilBehandling soknadTilBehandling);

        /** Handles {@link AvslattSoknad}. */
        R avslattSoknad(AvslattSoknad avslattSoknad);

        /** Handles {@link Varsel}. */
        R varsel(Varsel varsel);

        /** Handles {@link Avvisning}. */
        R avvisning(Avvisning avvisning);

        /** Handles {@link UkjentUtfall}. */
        R ukjentUtfall(UkjentUtfall ukjentUtfall);
    }

    /**
     * The patient holds one or more valid decisions (F-1.4): show them and their texts (F-1.5), let
     * the doctor read the letter where {@link Vedtak#maLeseVedtaksdokument()} (F-1.6). Default: end;
     * the doctor may apply anyway (F-1.7).
     *
     * @param vedtak    the decisions, at least one
     * @param meldinger messages from the service
     */
    record VedtakFunnet(List<Vedtak> vedtak, List<Melding> meldinger) implements VedtakSokResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").vedtakFunnet(this);
        }

        /** Copies the lists. */
        public VedtakFunnet {
            vedtak = List.copyOf(vedtak);
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.AVSLUTT;
        }

        /** True when at least one decision's letter must be read (F-1.6). */
        public boolean maLeseVedtaksdokument() {
            return vedtak.stream().anyMatch(Vedtak::maLeseVedtaksdokument);
        }
    }

    /**
     * No decision was found (F-1.8). Default: go on and apply.
     *
     * @param meldinger messages from the service
     */
    record IngenVedtak(List<Melding> meldinger) implements VedtakSokResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").ingenVedtak(this);
        }

        /** Copies the list. */
        public IngenVedtak {
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.GA_VIDERE;
        }
    }

    /**
     * An application for this patient and product is already being processed (F-1.9). Default: end;
     * the doctor may apply anyway.
     *
     * @param soknadsreferanse the reference of that application, when the service gives it
     * @param meldinger        messages from the service
     */
    record SoknadTilBehandling(Optional<Soknadsreferanse> soknadsreferanse, List<Melding> meldinger)
            implements VedtakSokResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").soknadTilBehandling(this);
        }

        /** Checks and copies. */
        public SoknadTilBehandling {
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.AVSLUTT;
        }
    }

    /**
     * No valid decision because the latest application for this patient and product was refused (seed 000
     * §1.1, "avslått søknad"). After a send whose outcome was unknown it shows that the application did arrive.
     * Default: end; the doctor may still apply again with new information.
     *
     * @param soknadsreferanse the refused application's reference, when the service gives it
     * @param meldinger        the service's explanation, possibly empty
     */
    record AvslattSoknad(Optional<Soknadsreferanse> soknadsreferanse, List<Melding> meldinger)
            implements VedtakSokResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").avslattSoknad(this);
        }

        /** Checks and copies. */
        public AvslattSoknad {
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.AVSLUTT;
        }

        /** True: the doctor decides whether to apply again (seed 000 §1.1). */
        @Override
        public boolean kanGaVidere() {
            return true;
        }
    }

    /**
     * A warning (F-1.3): show it, offer go on or end. Default: go on.
     *
     * @param meldinger the warnings
     */
    record Varsel(List<Melding> meldinger) implements VedtakSokResultat {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").varsel(this);
        }

        /** Copies the list. */
        public Varsel {
            meldinger = List.copyOf(meldinger);
        }

        @Override
        public Neste standardvalg() {
            return Neste.GA_VIDERE;
        }
    }

    /**
     * A rejection (F-1.2), e.g. the drug is on h-resept: show the messages; the process must end.
     *
     * @param meldinger why
     */
    record Avvisning(List<Melding> meldinger) implements VedtakSokResultat {

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

        @Override
        public boolean kanGaVidere() {
            return false;
        }
    }

    /**
     * An outcome code this SDK version does not know — a newer service. Show the messages; the SDK
     * ends the process to be safe.
     *
     * @param kode      the raw outcome code
     * @param meldinger messages from the service
     */
    record UkjentUtfall(String kode, List<Melding> meldinger) implements VedtakSokResultat {

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

        @Override
        public boolean kanGaVidere() {
            return false;
        }
    }
}
