package no.blaresept.schema.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The sub-models of one schema's recursive definitions, by {@link Kutt.Nokkel}: each is built once, with its
 * own static expansion, and applied at every concrete value below a cut, where its own cuts apply it again.
 * So the model stays bounded while the answers decide how deep fields go. Filled while the model is built,
 * read-only after; safely published through the model's final fields.
 */
final class Delmodeller {
    private final Map<Kutt.Nokkel, Modelldel> deler = new HashMap<>();

    boolean har(Kutt.Nokkel nokkel) {
        return deler.containsKey(nokkel);
    }

    void legg(Kutt.Nokkel nokkel, Modelldel del) {
        deler.put(nokkel, del);
    }

    /** Every cut's sub-model is built before the model is handed out, so one is always there. */
    Modelldel del(Kutt.Nokkel nokkel) {
        Modelldel del = deler.get(nokkel);
        if (del == null) {
            throw new IllegalStateException("ingen delmodell for " + nokkel.definisjon());
        }
        return del;
    }
}
