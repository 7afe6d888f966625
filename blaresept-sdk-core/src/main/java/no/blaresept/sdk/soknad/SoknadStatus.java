package no.blaresept.sdk.soknad;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.sdk.Melding;

/**
 * The status of an application sent to manual processing, looked up by its reference (F-3.8). A
 * status this SDK version does not know becomes {@link UkjentStatus}, never an exception.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface SoknadStatus {

    /** The application's reference. */
    Soknadsreferanse soknadsreferanse();

    /** When the status last changed, when the service says. */
    Optional<OffsetDateTime> sistEndret();

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
        /** Handles {@link UnderBehandling}. */
        R underBehandling(UnderBehandling underBehandling);

        /** Handles {@link Innvilget}. */
        R innvilget(Innvilget innvilget);

        /** Handles {@link Avslag}. */
        R avslag(Avslag avslag);

        /** Handles {@link UkjentStatus}. */
        R ukjentStatus(UkjentStatus ukjentStatus);
    }

    /**
     * Still being processed.
     *
     * @param soknadsreferanse the reference
     * @param sistEndret       when the status last changed
     */
    record UnderBehandling(Soknadsreferanse soknadsreferanse, Optional<OffsetDateTime> sistEndret)
            implements SoknadStatus {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").underBehandling(this);
        }

        /** Checks presence. */
        public UnderBehandling {
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            Objects.requireNonNull(sistEndret, "sistEndret");
        }
    }

    /**
     * Granted, with its receipt.
     *
     * @param soknadsreferanse the reference
     * @param kvittering       the receipt
     * @param sistEndret       when it was granted
     */
    record Innvilget(Soknadsreferanse soknadsreferanse, Kvittering kvittering, Optional<OffsetDateTime> sistEndret)
            implements SoknadStatus {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").innvilget(this);
        }

        /** Checks presence. */
        public Innvilget {
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            Objects.requireNonNull(kvittering, "kvittering");
            Objects.requireNonNull(sistEndret, "sistEndret");
        }
    }

    /**
     * Refused, with the reasons.
     *
     * @param soknadsreferanse the reference
     * @param avslagsgrunner   why
     * @param sistEndret       when it was refused
     */
    record Avslag(Soknadsreferanse soknadsreferanse, List<Melding> avslagsgrunner, Optional<OffsetDateTime> sistEndret)
            implements SoknadStatus {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").avslag(this);
        }

        /** Checks and copies. */
        public Avslag {
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            avslagsgrunner = List.copyOf(avslagsgrunner);
            Objects.requireNonNull(sistEndret, "sistEndret");
        }
    }

    /**
     * A status code this SDK version does not know.
     *
     * @param soknadsreferanse the reference
     * @param kode             the raw status code
     * @param sistEndret       when the status last changed
     */
    record UkjentStatus(Soknadsreferanse soknadsreferanse, String kode, Optional<OffsetDateTime> sistEndret)
            implements SoknadStatus {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return Objects.requireNonNull(visitor, "visitor").ukjentStatus(this);
        }

        /** Checks presence. */
        public UkjentStatus {
            Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
            Objects.requireNonNull(kode, "kode");
            Objects.requireNonNull(sistEndret, "sistEndret");
        }
    }
}
