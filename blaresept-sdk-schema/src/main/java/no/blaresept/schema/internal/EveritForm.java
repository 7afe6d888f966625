package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A copy of a schema (or a part of one) in the form everit handles correctly:
 * <ul>
 *   <li>fragment-only {@code $ref}s ({@code #/definitions/a}) name the root by its URI, so they resolve
 *       against the root when a part is compiled on its own;</li>
 *   <li>a {@code const} whose value is an object or array becomes the equivalent one-value {@code enum}:
 *       everit's {@code const} takes {@code {"c": null}} for {@code {"a": "c"}}, its {@code enum} does not;</li>
 *   <li>an {@code enum} or {@code const} value with an object member that is {@code null} becomes the
 *       equivalent structural schema (type, exact names, each member's value): everit's {@code enum} takes
 *       any one-member object for {@code {"c": null}}.</li>
 * </ul>
 * Given a replacement for {@code uniqueItems} (see {@link UnikeElementer}), each {@code uniqueItems: true}
 * becomes that schema (added to {@code allOf}; left out when it is {@code true}) and {@code uniqueItems: false}
 * is left out.
 * Data keywords are copied as they are: a {@code "$ref"} inside an {@code enum} value is not a reference.
 * Recursive over a schema whose depth {@link SkjemaSjekk} has bounded.
 *
 * <p>Stateless and thread-safe.
 */
final class EveritForm {
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples");
    /** Keywords whose value maps names to schemas: a property named {@code enum} is a schema, not data. */
    private static final Set<String> NAVNEKART = Set.of("properties", "patternProperties", "definitions",
            "dependencies");

    private EveritForm() {
    }

    static JsonNode av(JsonNode del, URI rot) {
        return av(del, rot, null);
    }

    static JsonNode av(JsonNode del, URI rot, @Nullable JsonNode unike) {
        if (del.isArray()) {
            ArrayNode ut = JsonNodeFactory.instance.arrayNode(del.size());
            del.forEach(element -> ut.add(av(element, rot, unike)));
            return ut;
        }
        if (!del.isObject()) {
            return del;
        }
        ObjectNode ut = JsonNodeFactory.instance.objectNode();
        List<JsonNode> omskrevet = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : del.properties()) {
            JsonNode verdi = e.getValue();
            if (unike != null && "uniqueItems".equals(e.getKey())) {
                if (verdi.asBoolean(false) && !unike.asBoolean(false)) {
                    omskrevet.add(unike);
                }
                continue;
            }
            if ("$ref".equals(e.getKey()) && verdi.isTextual() && verdi.textValue().startsWith("#")) {
                ut.put("$ref", rot.resolve(verdi.textValue()).toString());
            } else if ("const".equals(e.getKey()) && verdi.isContainerNode()) {
                omskrevet.add(enAv(JsonNodeFactory.instance.arrayNode().add(verdi)));
            } else if ("enum".equals(e.getKey()) && verdi.isArray() && harNullMedlem(verdi)) {
                omskrevet.add(enAv((ArrayNode) verdi));
            } else if (NAVNEKART.contains(e.getKey()) && verdi.isObject()) {
                ObjectNode kart = ut.putObject(e.getKey());
                verdi.properties().forEach(p -> kart.set(p.getKey(), av(p.getValue(), rot, unike)));
            } else {
                ut.set(e.getKey(), DATA.contains(e.getKey()) ? verdi : av(verdi, rot, unike));
            }
        }
        if (!omskrevet.isEmpty()) {
            // allOf is ours here (a fresh copy), so adding to it changes nothing the caller holds.
            (ut.get("allOf") instanceof ArrayNode alle ? alle : ut.putArray("allOf")).addAll(omskrevet);
        }
        return ut;
    }

    /** One of {@code verdier}: an {@code enum}, or with null members an {@code anyOf} of exact structures. */
    private static JsonNode enAv(ArrayNode verdier) {
        ObjectNode krav = JsonNodeFactory.instance.objectNode();
        if (harNullMedlem(verdier)) {
            ArrayNode alternativer = krav.putArray("anyOf");
            verdier.forEach(v -> alternativer.add(struktur(v)));
        } else {
            krav.set("enum", verdier);
        }
        return krav;
    }

    /** Whether some object inside {@code verdi} has a member whose value is {@code null}. */
    private static boolean harNullMedlem(JsonNode verdi) {
        if (verdi.isObject()) {
            for (Map.Entry<String, JsonNode> e : verdi.properties()) {
                if (e.getValue().isNull() || harNullMedlem(e.getValue())) {
                    return true;
                }
            }
        } else if (verdi.isArray()) {
            for (JsonNode element : verdi) {
                if (harNullMedlem(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The schema that exactly {@code verdi} satisfies (numbers by value, as {@code const}). */
    private static JsonNode struktur(JsonNode verdi) {
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        if (verdi.isObject()) {
            s.put("type", "object").put("additionalProperties", false);
            ArrayNode navn = s.putArray("required");
            ObjectNode egenskaper = s.putObject("properties");
            verdi.properties().forEach(e -> {
                navn.add(e.getKey());
                egenskaper.set(e.getKey(), struktur(e.getValue()));
            });
        } else if (verdi.isArray()) {
            s.put("type", "array").put("minItems", verdi.size()).put("maxItems", verdi.size());
            ArrayNode elementer = s.putArray("items");
            verdi.forEach(v -> elementer.add(struktur(v)));
        } else if (verdi.isNull()) {
            s.put("type", "null");
        } else {
            s.set("const", verdi);
        }
        return s;
    }
}
