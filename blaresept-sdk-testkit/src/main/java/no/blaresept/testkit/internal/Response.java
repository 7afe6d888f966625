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
record Response(int status, String contentType, byte[] body, Map<String, String> headers, Optional<String> utfall) {

    static final ObjectMapper JSON = new ObjectMapper();

    Response {
        headers = Map.copyOf(headers);
    }

    Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, Optional.empty());
    }

    static ObjectNode objekt() {
        return JSON.createObjectNode();
    }

    static Response ok(JsonNode body) {
        return json(200, "application/json", body);
    }

    static Response json(int status, String contentType, JsonNode body) {
        try {
            return new Response(status, contentType, JSON.writeValueAsBytes(body), Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mock answer could not be written as JSON", e);
        }
    }

    Response withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Response(status, contentType, body, copy, utfall);
    }

    Response withBody(byte[] nyBody) {
        return new Response(status, contentType, nyBody, headers, utfall);
    }

    /** The same answer, marked as the outcome it stands for. */
    Response withUtfall(String navn) {
        return new Response(status, contentType, body, headers, Optional.of(navn));
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
