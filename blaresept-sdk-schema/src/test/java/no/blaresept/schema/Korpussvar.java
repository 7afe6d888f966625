package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Answer documents for a corpus schema: valid-leaning (the names the schema declares anywhere, values drawn
 * from its constants and types) with hostile values mixed in (wrong types, out of range, undeclared names).
 */
final class Korpussvar {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final JsonNode rot;
    private final Random r;
    private final Skjemagenerator fiendtlig;
    private final List<JsonNode> konstanter = new ArrayList<>();

    Korpussvar(JsonNode rot, long frø) {
        this.rot = rot;
        this.r = new Random(frø);
        this.fiendtlig = new Skjemagenerator(frø);
        samleKonstanter(rot);
    }

    ObjectNode dokument() {
        return objekt(verdi(rot, 7, 0));
    }

    /**
     * A document with a spine at least {@code niva} JSON levels deep where the schema allows it (recursive
     * definitions): along the spine one container member is always present and lists have an item, and no
     * hostile value cuts it short; everything beside the spine is as in {@link #dokument()}, but shallow.
     */
    ObjectNode dypt(int niva) {
        return objekt(verdi(rot, 7, niva));
    }

    private static ObjectNode objekt(JsonNode d) {
        return d.isObject() ? (ObjectNode) d : F.objectNode();
    }

    /** {@code ryggrad}: how many more levels the spine must go down through this value (0: none). */
    private JsonNode verdi(JsonNode skjema, int dybde, int ryggrad) {
        if (ryggrad == 0 && (r.nextInt(12) == 0 || dybde == 0)) {
            return fiendtlig.verdi(1);
        }
        JsonNode s = los(skjema);
        Map<String, JsonNode> egenskaper = new LinkedHashMap<>();
        samle(s, egenskaper, 0);
        if (!egenskaper.isEmpty() || "object".equals(s.path("type").asText())) {
            List<String> beholdere = egenskaper.keySet().stream().filter(n -> beholder(egenskaper.get(n))).toList();
            String videre = ryggrad > 0 && !beholdere.isEmpty() ? beholdere.get(r.nextInt(beholdere.size())) : null;
            ObjectNode o = F.objectNode();
            egenskaper.forEach((navn, del) -> {
                if (navn.equals(videre)) {
                    o.set(navn, verdi(del, Math.max(dybde - 1, 3), ryggrad - 1));
                } else if (r.nextInt(10) < 7) {
                    o.set(navn, verdi(del, ryggrad > 0 ? Math.min(dybde - 1, 3) : dybde - 1, 0));
                }
            });
            if (r.nextInt(15) == 0) {
                o.set("x-" + r.nextInt(3), fiendtlig.verdi(0));
            }
            return o;
        }
        if (s.has("items") || "array".equals(s.path("type").asText())) {
            ArrayNode a = F.arrayNode();
            JsonNode elementer = s.path("items");
            int lengde = ryggrad > 0 ? 1 + r.nextInt(3) : r.nextInt(4);
            for (int i = 0; i < lengde; i++) {
                JsonNode del = elementer.isArray() ? elementer.path(Math.min(i, Math.max(0, elementer.size() - 1)))
                        : elementer;
                a.add(i == 0 && ryggrad > 0 ? verdi(del, Math.max(dybde - 1, 3), ryggrad - 1)
                        : verdi(del, ryggrad > 0 ? Math.min(dybde - 1, 3) : dybde - 1, 0));
            }
            return a;
        }
        if (s.has("const")) {
            return s.get("const");
        }
        if (s.path("enum").isArray() && s.get("enum").size() > 0) {
            return s.get("enum").get(r.nextInt(s.get("enum").size()));
        }
        if (s.path("oneOf").path(0).has("const")) {
            return s.get("oneOf").get(r.nextInt(s.get("oneOf").size())).path("const");
        }
        return switch (s.path("type").asText("")) {
            case "string" -> r.nextBoolean() && !konstanter.isEmpty() ? konstanter.get(r.nextInt(konstanter.size()))
                    : F.textNode(List.of("a", "ab", "12345", "K1A 0B1", "abcd", "admin", "x").get(r.nextInt(7)));
            case "number" -> F.numberNode(List.of(0.25, 0.5, 1.0, 3.0, 10.0, 11.5).get(r.nextInt(6)));
            case "integer" -> F.numberNode(r.nextInt(6) - 1);
            case "boolean" -> F.booleanNode(r.nextBoolean());
            default -> r.nextBoolean() && !konstanter.isEmpty() ? konstanter.get(r.nextInt(konstanter.size()))
                    : fiendtlig.verdi(0);
        };
    }

    /** The properties a schema declares anywhere that applies to the same object: branches included. */
    private void samle(JsonNode skjema, Map<String, JsonNode> ut, int dybde) {
        JsonNode s = los(skjema);
        if (!s.isObject() || dybde > 6) {
            return;
        }
        s.path("properties").properties().forEach(e -> ut.putIfAbsent(e.getKey(), e.getValue()));
        s.path("required").forEach(n -> ut.putIfAbsent(n.asText(), F.objectNode()));
        for (String nokkel : List.of("allOf", "anyOf", "oneOf")) {
            s.path(nokkel).forEach(g -> samle(g, ut, dybde + 1));
        }
        for (String nokkel : List.of("then", "else")) {
            samle(s.path(nokkel), ut, dybde + 1);
        }
        s.path("dependencies").properties().forEach(e -> {
            ut.putIfAbsent(e.getKey(), F.objectNode());
            samle(e.getValue(), ut, dybde + 1);
            e.getValue().forEach(n -> {
                if (n.isTextual()) {
                    ut.putIfAbsent(n.asText(), F.objectNode());
                }
            });
        });
    }

    private JsonNode los(JsonNode skjema) {
        JsonNode s = skjema;
        for (int i = 0; i < 10 && s.path("$ref").isTextual(); i++) {
            String ref = s.get("$ref").asText();
            s = ref.startsWith("#/") || ref.equals("#") ? rot.at(ref.substring(1)) : anker(rot, ref);
        }
        return s;
    }

    /** Whether a member's schema holds members or items: where a spine can go on. */
    private boolean beholder(JsonNode skjema) {
        JsonNode s = los(skjema);
        String type = s.path("type").asText("");
        return s.has("properties") || s.has("items") || type.equals("object") || type.equals("array");
    }

    private static JsonNode anker(JsonNode node, String id) {
        if (node.isObject() && id.equals(node.path("$id").asText())) {
            return node;
        }
        for (JsonNode barn : node) {
            JsonNode funnet = anker(barn, id);
            if (!funnet.isMissingNode()) {
                return funnet;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private void samleKonstanter(JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if ("const".equals(e.getKey())) {
                    konstanter.add(e.getValue());
                } else if ("enum".equals(e.getKey())) {
                    e.getValue().forEach(konstanter::add);
                } else {
                    samleKonstanter(e.getValue());
                }
            });
        } else if (node.isArray()) {
            node.forEach(this::samleKonstanter);
        }
    }
}
