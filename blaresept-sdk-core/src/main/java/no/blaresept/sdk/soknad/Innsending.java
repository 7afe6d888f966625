package no.blaresept.sdk.soknad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.internal.Check;
import no.blaresept.sdk.internal.Vedleggsfelt;
import no.blaresept.sdk.vedlegg.Vedlegg;
import org.jspecify.annotations.Nullable;

/**
 * A completed application, for {@link SoknadClient#valider(Innsending)} and
 * {@link SoknadClient#send(Innsending)} (F-3.1, F-3.2), with its attachments (F-4.7). Attachments are
 * streamed into the request, never held in memory. Start from {@link Skjemadel#innsending(Svar)}
 * (which carries the prefilled answers on)
 * or {@link #builder()}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows no
 * form content and no file names.
 */
public final class Innsending {

    private final SoknadId soknadId;
    private final Skjemaversjon skjemaversjon;
    private final Svar svar;
    private final List<VedleggIFelt> vedlegg;

    /**
     * An attachment and the schema field it answers. Immutable and thread-safe.
     *
     * @param felt    JSON Pointer of the attachment field in the form data, e.g. {@code /vedlegg/0/innhold}
     * @param vedlegg the checked attachment
     */
    public record VedleggIFelt(String felt, Vedlegg vedlegg) {

        /**
         * Checks the pointer: RFC 6901 ({@code ~} only as {@code ~0} or {@code ~1}), at most
         * 1024 characters.
         *
         * @throws NullPointerException                         when {@code felt} or {@code vedlegg} is null
         * @throws no.blaresept.sdk.error.InvalidInputException naming {@code vedlegg.felt} when not a JSON Pointer
         */
        public VedleggIFelt {
            Check.vedleggsfelt(Objects.requireNonNull(felt, "felt"));
            Objects.requireNonNull(vedlegg, "vedlegg");
        }
    }

    private Innsending(Builder b) {
        this.soknadId = Check.present(b.soknadId, "soknadId");
        this.skjemaversjon = Check.present(b.skjemaversjon, "skjemaversjon");
        this.svar = Check.present(b.svar, "svar");
        this.vedlegg = List.copyOf(b.vedlegg);
    }

    /** A builder; {@code soknadId}, {@code skjemaversjon} and {@code svar} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The application's id from del1. */
    public SoknadId soknadId() {
        return soknadId;
    }

    /** The schema version the application was filled in under. */
    public Skjemaversjon skjemaversjon() {
        return skjemaversjon;
    }

    /** The completed form's answers. */
    public Svar svar() {
        return svar;
    }

    /** The attachments, in order. */
    public List<VedleggIFelt> vedlegg() {
        return vedlegg;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Innsending i && soknadId.equals(i.soknadId) && skjemaversjon.equals(i.skjemaversjon)
                && svar.equals(i.svar) && vedlegg.equals(i.vedlegg);
    }

    @Override
    public int hashCode() {
        return Objects.hash(soknadId, skjemaversjon, svar, vedlegg);
    }

    /** Id, version and the number of attachments only. */
    @Override
    public String toString() {
        return "Innsending[" + soknadId.value() + ", " + skjemaversjon.value() + ", svar=***, vedlegg="
                + vedlegg.size() + "]";
    }

    /** Collects an {@link Innsending}. Not thread-safe: use one builder per thread. */
    public static final class Builder {
        private @Nullable SoknadId soknadId;
        private @Nullable Skjemaversjon skjemaversjon;
        private @Nullable Svar svar;
        private @Nullable SkjemaModell skjemamodell;
        private final List<VedleggIFelt> vedlegg = new ArrayList<>();

        private Builder() {
        }

        /** The application's id from del1. */
        public Builder soknadId(SoknadId soknadId) {
            this.soknadId = Objects.requireNonNull(soknadId, "soknadId");
            return this;
        }

        /** The schema version the answers follow. */
        public Builder skjemaversjon(Skjemaversjon skjemaversjon) {
            this.skjemaversjon = Objects.requireNonNull(skjemaversjon, "skjemaversjon");
            return this;
        }

        /** The completed form's answers, sent as they are (no prefilled answers added; see {@link Skjemadel#innsending(Svar)}). */
        public Builder svar(Svar svar) {
            this.svar = Objects.requireNonNull(svar, "svar");
            return this;
        }

        /**
         * The form the application follows; when set, {@link #build()} refuses an attachment on a field the form
         * does not declare as an attachment field ({@link no.blaresept.schema.FeltType#VEDLEGG}). Set by
         * {@link Skjemadel#innsending(Svar)} and by the process helper.
         */
        public Builder skjemamodell(SkjemaModell skjemamodell) {
            this.skjemamodell = Objects.requireNonNull(skjemamodell, "skjemamodell");
            return this;
        }

        /**
         * Adds an attachment.
         *
         * @param felt    JSON Pointer of an attachment field of the form, with the list index where the field
         *                is in a list (the sample form's: {@code /vedlegg/0/innhold}, {@code /vedlegg/1/innhold})
         * @param vedlegg the checked attachment
         */
        public Builder vedlegg(String felt, Vedlegg vedlegg) {
            this.vedlegg.add(new VedleggIFelt(felt, vedlegg));
            return this;
        }

        /**
         * Builds the application.
         *
         * @throws no.blaresept.sdk.error.InvalidInputException naming the first required field missing, or
         *     ({@code vedlegg.felt}, code {@code VEDLEGG_FELT_UKJENT}) an attachment on a field the form set with
         *     {@link #skjemamodell(SkjemaModell)} does not declare as an attachment field
         */
        public Innsending build() {
            if (skjemamodell != null) {
                Vedleggsfelt.sjekk(skjemamodell, vedlegg);
            }
            return new Innsending(this);
        }
    }
}
