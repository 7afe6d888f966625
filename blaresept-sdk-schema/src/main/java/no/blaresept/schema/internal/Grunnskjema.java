package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The part of a field's schema that judges the field's own value. Leaves keep their whole schema. Groups and
 * lists lose what belongs to their children (properties, items, conditionals, required), which are checked
 * as fields of their own; {@code additionalProperties} still sees which names are declared.
 */
final class Grunnskjema {
    private static final Set<String> GRUPPE = Set.of("type", "minProperties", "maxProperties", "propertyNames",
            "additionalProperties", "enum", "const");
    private static final Set<String> LISTE = Set.of("type", "minItems", "maxItems", "uniqueItems", "contains",
            "enum", "const");

    private Grunnskjema() {
    }

    static JsonNode av(JsonNode mal) {
        if (!mal.isObject()) {
            return mal;
        }
        return switch (FeltTolking.type(mal)) {
            case GRUPPE -> gruppe(mal);
            case LISTE -> behold(mal, LISTE);
            default -> mal;
        };
    }

    private static JsonNode gruppe(JsonNode mal) {
        ObjectNode grunn = behold(mal, GRUPPE);
        if (mal.has("additionalProperties")) {
            // Declared names stay allowed (with any value: their values are checked as fields).
            ObjectNode navn = JsonNodeFactory.instance.objectNode();
            mal.path("properties").fieldNames().forEachRemaining(n -> navn.set(n, BooleanNode.TRUE));
            grunn.set("properties", navn);
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
