package no.blaresept.schema.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * Reads schema text strictly: a duplicate key ({@code {"required": ["a"], "required": []}}) is refused,
 * where a JSON tree would silently keep the last one. Thread-safe (Jackson's mapper is, once configured).
 */
public final class StrengJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private StrengJson() {
    }

    /**
     * @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_SKJEMA} at the key written twice, or
     *     at the root when the text is not JSON
     */
    public static JsonNode les(String tekst) {
        try {
            return JSON.readTree(tekst);
        } catch (JsonProcessingException e) {
            // The context's pointer names schema keys only, never answer content.
            String sti = e.getProcessor() instanceof JsonParser p ? p.getParsingContext().pathAsPointer().toString() : "";
            boolean duplikat = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_SKJEMA, sti,
                    duplikat ? "samme nøkkel to ganger i ett objekt" : "ikke gyldig JSON");
        }
    }
}
