package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a field's schema that judges the field's own value. Leaves keep their whole schema. Groups lose
 * what belongs to their children (properties, conditionals, required), lists their single {@code items}
 * schema; those are checked as fields of their own. {@code additionalProperties} still sees which names are
 * declared.
 */
final class Grunnskjema {
    private static final Set<String> GRUPPE = Set.of("type", "minProperties", "maxProperties", "propertyNames",
            "additionalProperties", "enum", "const");
    /** What the model turns into fields, rules and branches, and annotations: not part of an object's remainder. */
    private static final Set<String> TOLKET = Set.of("properties", "required", "dependencies", "if", "then", "else",
            "allOf", "definitions", "title", "description", "$comment", "$id", "$schema", "default", "examples",
            "readOnly", "writeOnly", "x-kodeverk", "version");

    private Grunnskjema() {
    }

    static JsonNode av(JsonNode mal) {
        if (!mal.isObject()) {
            return mal;
        }
        return switch (FeltTolking.type(mal)) {
            case GRUPPE -> gruppe(mal);
            case LISTE -> liste(mal);
            default -> mal;
        };
    }

    /**
     * What an object schema demands beyond its fields, rules and branches (see {@link Gruppekontroll}); empty
     * when nothing. {@code alternativerTolket}: its {@code oneOf}/{@code anyOf} are branches, checked as a
     * whole choice of their own.
     */
    static Optional<ObjectNode> rest(JsonNode skjema, boolean alternativerTolket) {
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        skjema.properties().forEach(e -> {
            boolean alternativ = "oneOf".equals(e.getKey()) || "anyOf".equals(e.getKey());
            if (!TOLKET.contains(e.getKey()) && !(alternativ && alternativerTolket)) {
                rest.set(e.getKey(), e.getValue());
            }
        });
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (rest.has("additionalProperties")) {
            rest.set("properties", navn(skjema.path("properties")));
        }
        return Optional.of(rest);
    }

    /**
     * Everything but a single {@code items} schema, whose items the model checks as fields of their own: a
     * schema without {@code type} applies all its keywords to whatever value comes ({@code maxLength} next to
     * {@code items} judges a string), and a tuple or {@code items: false} is judged as a whole.
     */
    private static JsonNode liste(JsonNode mal) {
        ObjectNode grunn = ((ObjectNode) mal).deepCopy();
        if (grunn.path("items").isObject()) {
            grunn.remove("items");
        }
        return grunn;
    }

    /** {name: true} for every declared name: they stay allowed next to additionalProperties. */
    private static ObjectNode navn(JsonNode egenskaper) {
        ObjectNode navn = JsonNodeFactory.instance.objectNode();
        egenskaper.fieldNames().forEachRemaining(n -> navn.set(n, BooleanNode.TRUE));
        return navn;
    }

    private static JsonNode gruppe(JsonNode mal) {
        ObjectNode grunn = behold(mal, GRUPPE);
        if (mal.has("additionalProperties")) {
            // Declared names stay allowed (with any value: their values are checked as fields).
            grunn.set("properties", navn(mal.path("properties")));
            if (mal.has("patternProperties")) {
                ObjectNode monstre = JsonNodeFactory.instance.objectNode();
                mal.get("patternProperties").fieldNames().forEachRemaining(n -> monstre.set(n, BooleanNode.TRUE));
                grunn.set("patternProperties", monstre);
            }
        }
        return grunn;
    }

    private static ObjectNode behold(JsonNode mal, Set<String> nokler) {
        ObjectNode grunn = JsonNodeFactory.instance.objectNode();
        mal.properties().forEach(e -> {
            if (nokler.contains(e.getKey())) {
                grunn.set(e.getKey(), e.getValue());
            }
        });
        return grunn;
    }
}
