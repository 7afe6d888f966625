package no.blaresept.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Compact JSON for tests: single quotes allowed, so schemas fit on a line. */
final class TestJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TestJson() {
    }

    static JsonNode json(String tekst) {
        try {
            return JSON.readTree(tekst);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static SkjemaModell modell(String skjema) {
        return SkjemaModell.of(json(skjema));
    }

    static Svar svar(String tekst) {
        return Svar.of(json(tekst));
    }
}
