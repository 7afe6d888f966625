package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.internal.JsonStier;

/**
 * One field of the form, as the schema declares it: what a UI needs to render it. Whether it is visible or
 * required <em>now</em> depends on the answers: ask {@link SkjemaModell#tilstand(Svar)}.
 *
 * <p>When a field is declared in several places (in the base schema and in an {@code if}/{@code then}
 * branch, say), texts come from the first declaration in schema order, code lists from all of them.
 * Serves F-2.4, F-2.5, F-2.6 (prefilled read-only fields), F-2.7 (title), F-2.8 (description), T-3.1.
 *
 * <p>Thread safety: immutable. Created by the SDK through {@link #builder()}.
 */
public final class Felt {
    private final String sti;
    private final FeltType type;
    private final Optional<String> tittel;
    private final Optional<String> beskrivelse;
    private final Optional<JsonNode> standardverdi;
    private final Optional<String> format;
    private final boolean skrivebeskyttet;
    private final boolean betinget;
    private final boolean rekursiv;
    private final Begrensninger begrensninger;
    private final List<Kodeverk> kodeverk;
    private final Optional<Vedleggskrav> vedlegg;

    private Felt(Builder b) {
        this.sti = Objects.requireNonNull(b.sti, "sti");
        this.type = Objects.requireNonNull(b.type, "type");
        this.tittel = b.tittel;
        this.beskrivelse = b.beskrivelse;
        this.standardverdi = b.standardverdi.map(JsonNode::deepCopy);
        this.format = b.format;
        this.skrivebeskyttet = b.skrivebeskyttet;
        this.betinget = b.betinget;
        this.rekursiv = b.rekursiv;
        this.begrensninger = b.begrensninger;
        this.kodeverk = List.copyOf(b.kodeverk);
        this.vedlegg = b.vedlegg;
    }

    /** A builder; all fields but {@code sti} and {@code type} are optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** JSON Pointer of the value in the answers; items of lists have {@code -} where the index goes. */
    public String sti() {
        return sti;
    }

    /** The property name (last segment of {@link #sti()}). */
    public String navn() {
        return JsonStier.navn(sti);
    }

    /** The path of the group or list this field belongs to, empty for top-level fields. */
    public Optional<String> forelder() {
        int i = sti.lastIndexOf('/');
        String forelder = sti.substring(0, i);
        if (forelder.endsWith("/-")) {
            forelder = forelder.substring(0, forelder.length() - 2);
        }
        return forelder.isEmpty() ? Optional.empty() : Optional.of(forelder);
    }

    /** The kind of input. */
    public FeltType type() {
        return type;
    }

    /** Field name / short help ({@code title}). Serves F-2.7. */
    public Optional<String> tittel() {
        return tittel;
    }

    /** Long help text ({@code description}). Serves F-2.8. */
    public Optional<String> beskrivelse() {
        return beskrivelse;
    }

    /** The default value ({@code default}), a copy. */
    public Optional<JsonNode> standardverdi() {
        return standardverdi.map(JsonNode::deepCopy);
    }

    /** The {@code format} (date, date-time, email, …), if any. */
    public Optional<String> format() {
        return format;
    }

    /** {@code readOnly}: prefilled or looked up by the system. */
    public boolean skrivebeskyttet() {
        return skrivebeskyttet;
    }

    /**
     * Whether the user types this field. {@code false} for prefilled/looked-up fields, which the UI should
     * hide (F-2.6) while their values are still sent.
     */
    public boolean krevesManuellInput() {
        return !skrivebeskyttet;
    }

    /** Declared only inside a conditional branch ({@code dependencies}, {@code if}/{@code then}/{@code else}, {@code oneOf}/{@code anyOf}). */
    public boolean betinget() {
        return betinget;
    }

    /**
     * A {@code $ref} back to an enclosing definition where the static expansion stops
     * ({@link SchemaLimits#maksRekursjon()}): {@link SkjemaModell#felter()} lists no fields below it, but the
     * answers do. Below it the model follows the answers as deep as they go: deep concrete paths have field
     * states, errors and cleaning, and {@link SkjemaModell#felt(String)} describes them.
     */
    public boolean rekursiv() {
        return rekursiv;
    }

    /** Lengths, range, pattern and list sizes. */
    public Begrensninger begrensninger() {
        return begrensninger;
    }

    /** The code lists of the field (usually one; several when branches declare different systems). */
    public List<Kodeverk> kodeverk() {
        return kodeverk;
    }

    /** The attachment limits, for {@link FeltType#VEDLEGG} fields. Serves F-4.7. */
    public Optional<Vedleggskrav> vedlegg() {
        return vedlegg;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Felt f && sti.equals(f.sti) && type == f.type && tittel.equals(f.tittel)
                && beskrivelse.equals(f.beskrivelse) && standardverdi.equals(f.standardverdi)
                && format.equals(f.format) && skrivebeskyttet == f.skrivebeskyttet && betinget == f.betinget
                && rekursiv == f.rekursiv && begrensninger.equals(f.begrensninger) && kodeverk.equals(f.kodeverk)
                && vedlegg.equals(f.vedlegg);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sti, type, tittel, beskrivelse, format, skrivebeskyttet, betinget, kodeverk);
    }

    /** The schema's declaration only (no answers), so safe to log. */
    @Override
    public String toString() {
        return "Felt[" + sti + " " + type + (skrivebeskyttet ? " skrivebeskyttet" : "")
                + (betinget ? " betinget" : "") + "]";
    }

    /** Builds a {@link Felt}. Not thread-safe; use one builder per thread. */
    public static final class Builder {
        private String sti = "";
        private FeltType type = FeltType.UKJENT;
        private Optional<String> tittel = Optional.empty();
        private Optional<String> beskrivelse = Optional.empty();
        private Optional<JsonNode> standardverdi = Optional.empty();
        private Optional<String> format = Optional.empty();
        private boolean skrivebeskyttet;
        private boolean betinget;
        private boolean rekursiv;
        private Begrensninger begrensninger = Begrensninger.INGEN;
        private List<Kodeverk> kodeverk = List.of();
        private Optional<Vedleggskrav> vedlegg = Optional.empty();

        private Builder() {
        }

        /** @param sti JSON Pointer of the value; must not be the root. @return this builder */
        public Builder sti(String sti) {
            if (Objects.requireNonNull(sti, "sti").isEmpty()) {
                throw new IllegalArgumentException("Et felt kan ikke ha roten som sti");
            }
            this.sti = sti;
            return this;
        }

        /** @param type the kind of input @return this builder */
        public Builder type(FeltType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /** @param tittel short help @return this builder */
        public Builder tittel(Optional<String> tittel) {
            this.tittel = Objects.requireNonNull(tittel, "tittel");
            return this;
        }

        /** @param beskrivelse long help @return this builder */
        public Builder beskrivelse(Optional<String> beskrivelse) {
            this.beskrivelse = Objects.requireNonNull(beskrivelse, "beskrivelse");
            return this;
        }

        /** @param standardverdi default value @return this builder */
        public Builder standardverdi(Optional<JsonNode> standardverdi) {
            this.standardverdi = Objects.requireNonNull(standardverdi, "standardverdi");
            return this;
        }

        /** @param format the {@code format} keyword @return this builder */
        public Builder format(Optional<String> format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /** @param skrivebeskyttet {@code readOnly} @return this builder */
        public Builder skrivebeskyttet(boolean skrivebeskyttet) {
            this.skrivebeskyttet = skrivebeskyttet;
            return this;
        }

        /** @param betinget declared only in conditional branches @return this builder */
        public Builder betinget(boolean betinget) {
            this.betinget = betinget;
            return this;
        }

        /** @param rekursiv a recursive reference where the static expansion stops @return this builder */
        public Builder rekursiv(boolean rekursiv) {
            this.rekursiv = rekursiv;
            return this;
        }

        /** @param begrensninger constraints @return this builder */
        public Builder begrensninger(Begrensninger begrensninger) {
            this.begrensninger = Objects.requireNonNull(begrensninger, "begrensninger");
            return this;
        }

        /** @param kodeverk code lists @return this builder */
        public Builder kodeverk(List<Kodeverk> kodeverk) {
            this.kodeverk = List.copyOf(kodeverk);
            return this;
        }

        /** @param vedlegg attachment limits @return this builder */
        public Builder vedlegg(Optional<Vedleggskrav> vedlegg) {
            this.vedlegg = Objects.requireNonNull(vedlegg, "vedlegg");
            return this;
        }

        /** @return the field */
        public Felt build() {
            if (sti.isEmpty()) {
                throw new IllegalStateException("sti mangler");
            }
            return new Felt(this);
        }
    }
}
