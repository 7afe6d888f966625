package no.blaresept.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One answer of the mock API before faults are applied: status, content type, body, extra headers,
 * and the outcome it stands for (a {@code Scenario} name or a status, for the rehearsal report's
 * coverage). Immutable; the {@code with…} methods return copies.
 */
record Svar(int status, String contentType, byte[] body, Map<String, String> headers, Optional<String> utfall) {

    static final ObjectMapper JSON = new ObjectMapper();

    Svar {
        headers = Map.copyOf(headers);
    }

    Svar(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, Optional.empty());
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
        return new Svar(status, contentType, body, copy, utfall);
    }

    Svar withBody(byte[] nyBody) {
        return new Svar(status, contentType, nyBody, headers, utfall);
    }

    /** The same answer, marked as the outcome it stands for. */
    Svar withUtfall(String navn) {
        return new Svar(status, contentType, body, headers, Optional.of(navn));
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
