package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * Where the static expansion of a recursive definition stops: a declaration of a field whose fields below
 * are not in the model but in a sub-model of the definition ({@link Delmodeller}), applied to the field's
 * value in the answers. The sub-model's fields are active while {@code kjede} holds at the field.
 */
record Kutt(List<Betingelse> kjede, Nokkel nokkel) {
    Kutt {
        kjede = List.copyOf(kjede);
    }

    /** Which sub-model: one per definition (its schema location) and whether it sits in a branch. */
    record Nokkel(String definisjon, boolean betinget) {
    }

    /** What a sub-model is built from: the definition and the references passed to reach it. */
    record Grunnlag(JsonNode mal, Set<String> passert) {
        Grunnlag {
            passert = Set.copyOf(passert);
        }
    }
}
