package no.blaresept.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import no.blaresept.schema.Svar;

/**
 * Carries the service's prefilled answers (F-2.6) under the caller's: the service expects them back, and a
 * caller who starts from empty answers would otherwise get a 400 for fields it never saw.
 *
 * <p>Stateless and thread-safe.
 */
public final class Forhandsutfylling {

    private Forhandsutfylling() {
    }

    /**
     * The prefilled answers with the caller's laid over them: objects merge key by key, any other value
     * (a list, a text, an explicit {@code null}) of the caller's replaces the prefilled one whole.
     */
    public static Svar flett(Svar forhandsutfylt, Svar svar) {
        if (forhandsutfylt.antallVerdier() == 0) {
            return svar;
        }
        ObjectNode ut = forhandsutfylt.json();
        legg(ut, svar.json());
        return Svar.of(ut);
    }

    private static void legg(ObjectNode under, ObjectNode over) {
        for (Map.Entry<String, JsonNode> felt : over.properties()) {
            JsonNode gammel = under.get(felt.getKey());
            if (gammel instanceof ObjectNode u && felt.getValue() instanceof ObjectNode o) {
                legg(u, o);
            } else {
                under.set(felt.getKey(), felt.getValue());
            }
        }
    }
}
