package no.blaresept.sdk.soknad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One part of the application form as del1, del2 or del3 returned it: the JSON-schema part to
 * render (F-2.4, via {@code blaresept-sdk-schema}), the answers the service already knows
 * (prefilled, F-2.6), and the id and version to carry on to the next call.
 *
 * <p>Immutable and thread-safe: JSON is copied in and out. {@link #toString()} shows no form content.
 */
public final class Skjemadel {

    private final SoknadId soknadId;
    private final Skjemaversjon skjemaversjon;
    private final JsonNode skjema;
    private final ObjectNode forhandsutfylt;

    /**
     * Creates a part.
     *
     * @param soknadId       the application's id
     * @param skjemaversjon  the schema version
     * @param skjema         the JSON schema of this part (copied)
     * @param forhandsutfylt prefilled answers (copied), possibly empty
     */
    public Skjemadel(SoknadId soknadId, Skjemaversjon skjemaversjon, JsonNode skjema, ObjectNode forhandsutfylt) {
        this.soknadId = Objects.requireNonNull(soknadId, "soknadId");
        this.skjemaversjon = Objects.requireNonNull(skjemaversjon, "skjemaversjon");
        this.skjema = Objects.requireNonNull(skjema, "skjema").deepCopy();
        this.forhandsutfylt = Objects.requireNonNull(forhandsutfylt, "forhandsutfylt").deepCopy();
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

    /** A copy of the answers the service prefilled. */
    public ObjectNode forhandsutfylt() {
        return forhandsutfylt.deepCopy();
    }

    /**
     * The answers to this part, ready for the next call (del2 or del3).
     *
     * @param svar the answers, shaped by {@link #skjema()}
     */
    public Skjemadata svar(ObjectNode svar) {
        return new Skjemadata(soknadId, skjemaversjon, svar);
    }

    /**
     * A builder for the completed application after del3, with id and version set.
     *
     * @param skjemadata the complete answers
     */
    public Innsending.Builder innsending(ObjectNode skjemadata) {
        return Innsending.builder().soknadId(soknadId).skjemaversjon(skjemaversjon).skjemadata(skjemadata);
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
