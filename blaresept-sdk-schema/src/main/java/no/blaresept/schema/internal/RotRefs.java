package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * A copy of a part of the schema whose fragment-only {@code $ref}s ({@code #/definitions/a}) name the root
 * by its URI, so they resolve against the root when the part is compiled on its own. Data keywords are
 * copied as they are: a {@code "$ref"} inside an {@code enum} value is not a reference. Recursive over a
 * schema whose depth {@link SkjemaSjekk} has bounded.
 *
 * <p>Stateless and thread-safe.
 */
final class RotRefs {
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples");
    /** Keywords whose value maps names to schemas: a property named {@code enum} is a schema, not data. */
    private static final Set<String> NAVNEKART = Set.of("properties", "patternProperties", "definitions",
            "dependencies");

    private RotRefs() {
    }

    static JsonNode absolutte(JsonNode del, URI rot) {
        if (del.isArray()) {
            ArrayNode ut = JsonNodeFactory.instance.arrayNode(del.size());
            del.forEach(element -> ut.add(absolutte(element, rot)));
            return ut;
        }
        if (!del.isObject()) {
            return del;
        }
        ObjectNode ut = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : del.properties()) {
            JsonNode verdi = e.getValue();
            if ("$ref".equals(e.getKey()) && verdi.isTextual() && verdi.textValue().startsWith("#")) {
                ut.put("$ref", rot.resolve(verdi.textValue()).toString());
            } else if (NAVNEKART.contains(e.getKey()) && verdi.isObject()) {
                ObjectNode kart = ut.putObject(e.getKey());
                verdi.properties().forEach(p -> kart.set(p.getKey(), absolutte(p.getValue(), rot)));
            } else {
                ut.set(e.getKey(), DATA.contains(e.getKey()) ? verdi : absolutte(verdi, rot));
            }
        }
        return ut;
    }
}
