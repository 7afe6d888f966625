package no.blaresept.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of the mock API before faults are applied: status, content type, body, extra headers.
 * Immutable apart from {@link #withHeader}, which returns a copy.
 */
record Svar(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final ObjectMapper JSON = new ObjectMapper();

    Svar {
        headers = Map.copyOf(headers);
    }

    static ObjectNode objekt() {
        return JSON.createObjectNode();
    }

    static Svar ok(JsonNode body) {
        return json(200, "application/json", body);
    }

    static Svar json(int status, String contentType, JsonNode body) {
        try {
            return new Svar(status, contentType, JSON.writeValueAsBytes(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mock answer could not be written as JSON", e);
        }
    }

    Svar withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Svar(status, contentType, body, copy);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
