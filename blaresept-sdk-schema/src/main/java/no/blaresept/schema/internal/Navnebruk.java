package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The property names a schema's verdict on an object can depend on, when it reads the object only through
 * named properties ({@code properties}, {@code required}, {@code dependencies}, combined with {@code allOf},
 * {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else}). Empty when it may read
 * the object as a whole ({@code additionalProperties}, {@code minProperties}, {@code const}, a
 * {@code $ref}, …). Lets a keystroke in another property skip re-asking a choice. Walked with an explicit
 * stack; stateless and thread-safe.
 */
final class Navnebruk {
    private static final Set<String> LOKALE = Set.of("properties", "required", "dependencies", "allOf", "anyOf",
            "oneOf", "not", "if", "then", "else", "type", "title", "description", "$comment");

    private Navnebruk() {
    }

    static Optional<Set<String>> navn(JsonNode skjema) {
        Set<String> navn = new LinkedHashSet<>();
        Deque<JsonNode> igjen = new ArrayDeque<>();
        igjen.push(skjema);
        while (!igjen.isEmpty()) {
            JsonNode s = igjen.pop();
            if (s.isArray()) {
                s.forEach(igjen::push);
                continue;
            }
            if (!s.isObject()) {
                continue; // true / false read nothing
            }
            for (Map.Entry<String, JsonNode> e : s.properties()) {
                if (!LOKALE.contains(e.getKey())) {
                    return Optional.empty();
                }
                switch (e.getKey()) {
                    case "properties" -> e.getValue().fieldNames().forEachRemaining(navn::add);
                    case "required" -> e.getValue().forEach(n -> navn.add(n.asText()));
                    case "dependencies" -> e.getValue().properties().forEach(d -> {
                        navn.add(d.getKey());
                        if (d.getValue().isArray()) {
                            d.getValue().forEach(n -> navn.add(n.asText()));
                        } else {
                            igjen.push(d.getValue());
                        }
                    });
                    case "allOf", "anyOf", "oneOf", "not", "if", "then", "else" -> igjen.push(e.getValue());
                    default -> {
                        // type and annotations read no names
                    }
                }
            }
        }
        return navn.isEmpty() ? Optional.empty() : Optional.of(navn);
    }
}
