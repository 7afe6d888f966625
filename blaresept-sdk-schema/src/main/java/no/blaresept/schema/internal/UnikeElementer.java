package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The arrays in a value that hold two equal items by draft-07 equality (numbers by value, object members in
 * any order, {@code 0} never {@code false}), found in time linear in the value's size: each node is turned
 * once into a canonical form whose {@code equals} is that equality, and each array's items go into a hash set.
 *
 * <p>Why: everit compares every pair of items for {@code uniqueItems} (8 000 items took 14 s). For one
 * instance, {@code uniqueItems: true} holds exactly for the arrays that are not among these, so
 * {@link EveritSkjema} gives everit {@code not: {enum: [these]}} in its place (nothing when there are none),
 * which everit checks in time linear in the array. Stateless and thread-safe.
 */
final class UnikeElementer {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private UnikeElementer() {
    }

    /** The distinct arrays at or below {@code verdi} that have two equal items, as they are written there. */
    static ArrayNode medLike(JsonNode verdi) {
        Funn funn = new Funn();
        funn.kanonisk(verdi);
        return funn.like;
    }

    private static final class Funn {
        private final ArrayNode like = F.arrayNode();
        /** As written, not canonical: everit compares each with the arrays it checks. */
        private final Set<JsonNode> kjente = new HashSet<>();

        private JsonNode kanonisk(JsonNode verdi) {
            if (verdi.isNumber()) {
                return F.numberNode(verdi.decimalValue().stripTrailingZeros());
            }
            if (verdi.isArray()) {
                ArrayNode ut = F.arrayNode(verdi.size());
                Set<JsonNode> elementer = new HashSet<>();
                boolean harLike = false;
                for (JsonNode element : verdi) {
                    JsonNode k = kanonisk(element);
                    harLike |= !elementer.add(k);
                    ut.add(k);
                }
                if (harLike && kjente.add(verdi)) {
                    like.add(verdi);
                }
                return ut;
            }
            if (verdi.isObject()) {
                ObjectNode ut = F.objectNode();
                for (Map.Entry<String, JsonNode> e : verdi.properties()) {
                    ut.set(e.getKey(), kanonisk(e.getValue()));
                }
                return ut;
            }
            return verdi;
        }
    }
}
