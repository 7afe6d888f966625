package no.blaresept.sdk.soknad;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The complete application schema (JSON Schema draft-07) as {@code getSoknadSkjema} publishes it,
 * with its version (F-4.1, T-4.1). Hand {@link #skjema()} to {@code blaresept-sdk-schema} to build a form.
 *
 * <p>Immutable and thread-safe: the schema is copied in and out.
 */
public final class SoknadSkjema {

    private final Skjemaversjon versjon;
    private final JsonNode skjema;

    /**
     * Wraps a schema.
     *
     * @param versjon its version
     * @param skjema  the JSON schema (copied)
     */
    public SoknadSkjema(Skjemaversjon versjon, JsonNode skjema) {
        this.versjon = Objects.requireNonNull(versjon, "versjon");
        this.skjema = Objects.requireNonNull(skjema, "skjema").deepCopy();
    }

    /** The schema's version. */
    public Skjemaversjon versjon() {
        return versjon;
    }

    /** A copy of the JSON schema. */
    public JsonNode skjema() {
        return skjema.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SoknadSkjema s && versjon.equals(s.versjon) && skjema.equals(s.skjema);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versjon, skjema);
    }

    @Override
    public String toString() {
        return "SoknadSkjema[" + versjon.value() + "]";
    }
}
