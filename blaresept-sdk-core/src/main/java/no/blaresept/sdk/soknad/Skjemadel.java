package no.blaresept.sdk.soknad;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.internal.DeltSkjema;
import no.blaresept.sdk.internal.DelteSkjemaer;
import no.blaresept.sdk.internal.Forhandsutfylling;

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
    /** Shared with every part of the same schema: applications in progress hold one tree, not one each. */
    private final DeltSkjema skjema;
    private final Svar forhandsutfylt;

    /**
     * Creates a part.
     *
     * @param soknadId       the application's id
     * @param skjemaversjon  the schema version
     * @param skjema         the JSON schema of this part (copied once; parts with the same schema text share the copy)
     * @param forhandsutfylt prefilled answers, possibly empty
     */
    public Skjemadel(SoknadId soknadId, Skjemaversjon skjemaversjon, JsonNode skjema, Svar forhandsutfylt) {
        this.soknadId = Objects.requireNonNull(soknadId, "soknadId");
        this.skjemaversjon = Objects.requireNonNull(skjemaversjon, "skjemaversjon");
        this.skjema = DelteSkjemaer.delt(Objects.requireNonNull(skjema, "skjema"));
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
        return skjema.skjema().deepCopy();
    }

    /**
     * The form model of this part ({@code blaresept-sdk-schema}): fields, visibility, live validation. Built
     * once for every part with the same schema (JVM-wide, for the schemas used last), on first use.
     *
     * @throws no.blaresept.schema.SkjemaException when the service's schema is not one the model can hold
     */
    public SkjemaModell skjemamodell() {
        return skjema.modell();
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
                && skjema.skjema().equals(s.skjema.skjema()) && forhandsutfylt.equals(s.forhandsutfylt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(soknadId, skjemaversjon, skjema.skjema(), forhandsutfylt);
    }

    /** Names id and version only. */
    @Override
    public String toString() {
        return "Skjemadel[" + soknadId.value() + ", " + skjemaversjon.value() + "]";
    }
}
