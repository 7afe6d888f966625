package no.blaresept.sdk.soknad;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.internal.Forhandsutfylling;
import no.blaresept.sdk.internal.Skjemamodeller;
import org.jspecify.annotations.Nullable;

/**
 * One part of the application form as del1, del2 or del3 returned it: the JSON-schema part to
 * render (F-2.4, via {@code blaresept-sdk-schema}), the answers the service already knows
 * (prefilled, F-2.6), and the id and version to carry on to the next call.
 *
 * <p>The prefilled answers travel on by themselves: {@link SoknadClient#del2(Skjemadel, Svar)},
 * {@link SoknadClient#del3(Skjemadel, Svar)} and {@link #innsending(Svar)} send them under the caller's answers,
 * so a caller may start from {@link Svar#empty()} or from {@link #forhandsutfylt()} alike.
 *
 * <p>Immutable and thread-safe: JSON is copied in and out. {@link #toString()} shows no form content.
 */
public final class Skjemadel {

    private final SoknadId soknadId;
    private final Skjemaversjon skjemaversjon;
    private final JsonNode skjema;
    private final Svar forhandsutfylt;
    /** Looked up on first use; a benign race looks it up twice at worst (the model is immutable). */
    private volatile @Nullable SkjemaModell skjemamodell;

    /**
     * Creates a part.
     *
     * @param soknadId       the application's id
     * @param skjemaversjon  the schema version
     * @param skjema         the JSON schema of this part (copied)
     * @param forhandsutfylt prefilled answers, possibly empty
     */
    public Skjemadel(SoknadId soknadId, Skjemaversjon skjemaversjon, JsonNode skjema, Svar forhandsutfylt) {
        this.soknadId = Objects.requireNonNull(soknadId, "soknadId");
        this.skjemaversjon = Objects.requireNonNull(skjemaversjon, "skjemaversjon");
        this.skjema = Objects.requireNonNull(skjema, "skjema").deepCopy();
        this.forhandsutfylt = Objects.requireNonNull(forhandsutfylt, "forhandsutfylt");
    }

    /** The application's id, to carry on. */
    public SoknadId soknadId() {
        return soknadId;
    }

    /** The schema version, to carry on. */
    public Skjemaversjon skjemaversjon() {
        return skjemaversjon;
    }

    /** A copy of this part's JSON schema. */
    public JsonNode skjema() {
        return skjema.deepCopy();
    }

    /**
     * The form model of this part ({@code blaresept-sdk-schema}): fields, visibility, live validation. Built
     * once for every part with the same schema (JVM-wide, for the schemas used last), on first use.
     *
     * @throws no.blaresept.schema.SkjemaException when the service's schema is not one the model can hold
     */
    public SkjemaModell skjemamodell() {
        SkjemaModell modell = skjemamodell;
        if (modell == null) {
            modell = Skjemamodeller.modell(skjema);
            skjemamodell = modell;
        }
        return modell;
    }

    /** The answers the service prefilled: the natural start for a form's answers. */
    public Svar forhandsutfylt() {
        return forhandsutfylt;
    }

    /**
     * A builder for the completed application after del3, with id, version, answers and this part's form model
     * set (so attachments are checked against its attachment fields); the prefilled answers are carried under
     * {@code svar} (a value of the caller's wins).
     *
     * @param svar the answers to the complete form
     */
    public Innsending.Builder innsending(Svar svar) {
        return Innsending.builder().soknadId(soknadId).skjemaversjon(skjemaversjon)
                .svar(Forhandsutfylling.flett(forhandsutfylt, Objects.requireNonNull(svar, "svar")))
                .skjemamodell(skjemamodell());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Skjemadel s && soknadId.equals(s.soknadId) && skjemaversjon.equals(s.skjemaversjon)
                && skjema.equals(s.skjema) && forhandsutfylt.equals(s.forhandsutfylt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(soknadId, skjemaversjon, skjema, forhandsutfylt);
    }

    /** Names id and version only. */
    @Override
    public String toString() {
        return "Skjemadel[" + soknadId.value() + ", " + skjemaversjon.value() + "]";
    }
}
