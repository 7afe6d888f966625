package no.blaresept.sdk;

import java.util.Objects;
import java.util.Optional;
import no.blaresept.sdk.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * What the doctor is prescribing, for whom and under which legal basis: the input of the decision
 * lookup ({@code vedtak().sok}, F-1.1) and of the first form part ({@code soknad().del1}, F-2.1).
 * Checked by {@link Builder#build()} before any request is made.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the fødselsnummer and the diagnosis.
 */
public final class Forskrivning {

    private final Fodselsnummer pasient;
    private final Hjemmel hjemmel;
    private final Produkt produkt;
    private final @Nullable Diagnose diagnose;

    private Forskrivning(Builder b) {
        this.pasient = Check.present(b.pasient, "pasient.fodselsnummer");
        this.hjemmel = Check.present(b.hjemmel, "hjemmel");
        this.produkt = Check.present(b.produkt, "produkt");
        this.diagnose = b.diagnose;
    }

    /** A builder; {@code pasient}, {@code hjemmel} and {@code produkt} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this prescription's values. */
    public Builder toBuilder() {
        return builder().pasient(pasient).hjemmel(hjemmel).produkt(produkt).diagnose(diagnose);
    }

    /** The patient. */
    public Fodselsnummer pasient() {
        return pasient;
    }

    /** The legal basis. */
    public Hjemmel hjemmel() {
        return hjemmel;
    }

    /** The product prescribed. */
    public Produkt produkt() {
        return produkt;
    }

    /** The diagnosis, when given. */
    public Optional<Diagnose> diagnose() {
        return Optional.ofNullable(diagnose);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Forskrivning f && pasient.equals(f.pasient) && hjemmel == f.hjemmel
                && produkt.equals(f.produkt) && Objects.equals(diagnose, f.diagnose);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pasient, hjemmel, produkt, diagnose);
    }

    /** Masks the patient and the diagnosis. */
    @Override
    public String toString() {
        return "Forskrivning[pasient=" + pasient + ", hjemmel=" + hjemmel + ", produkt=" + produkt
                + ", diagnose=" + (diagnose == null ? "none" : diagnose) + "]";
    }

    /** Collects the values of a {@link Forskrivning}. Not thread-safe: use one builder per thread. */
    public static final class Builder {
        private @Nullable Fodselsnummer pasient;
        private @Nullable Hjemmel hjemmel;
        private @Nullable Produkt produkt;
        private @Nullable Diagnose diagnose;

        private Builder() {
        }

        /** The patient. */
        public Builder pasient(Fodselsnummer pasient) {
            this.pasient = Objects.requireNonNull(pasient, "pasient");
            return this;
        }

        /**
         * The patient, checked as a fødselsnummer or d-nummer.
         *
         * @throws no.blaresept.sdk.error.InvalidInputException naming {@code pasient.fodselsnummer} when invalid
         */
        public Builder pasient(String fodselsnummer) {
            Objects.requireNonNull(fodselsnummer, "fodselsnummer");
            this.pasient = Fodselsnummer.of(fodselsnummer, "pasient.fodselsnummer");
            return this;
        }

        /** The legal basis. */
        public Builder hjemmel(Hjemmel hjemmel) {
            this.hjemmel = Objects.requireNonNull(hjemmel, "hjemmel");
            return this;
        }

        /** The product. */
        public Builder produkt(Produkt produkt) {
            this.produkt = Objects.requireNonNull(produkt, "produkt");
            return this;
        }

        /** The diagnosis, or {@code null} for none. */
        public Builder diagnose(@Nullable Diagnose diagnose) {
            this.diagnose = diagnose;
            return this;
        }

        /**
         * Builds the prescription.
         *
         * @throws no.blaresept.sdk.error.InvalidInputException naming the first required field missing
         */
        public Forskrivning build() {
            return new Forskrivning(this);
        }
    }
}
