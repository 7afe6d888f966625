package no.blaresept.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The form schemas the service sent lately, each held once JVM-wide with its form model. Every application of
 * one schema version gets the same form parts: building the model of the ~200-field form costs milliseconds of
 * CPU (about a hundred times one call on loopback), and its JSON tree is the largest thing an application in
 * progress holds. Each {@code Skjemadel} building and holding its own was most of a flow's CPU (issue 13's
 * throughput profile: 45 % of all samples) and made 50 parallel flows hold 50 copies of one tree.
 *
 * <p>Keyed by the schema's JSON text, so a schema that differs in anything, key order included (the model keeps
 * schema order), is held apart. Holds the {@value #ANTALL} schemas used last.
 *
 * <p>Thread-safe.
 */
public final class DelteSkjemaer {

    /** Parts del1–del3 and the full form for two versions in use at once, with room to spare. */
    static final int ANTALL = 16;

    private static final Map<String, DeltSkjema> DELTE = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DeltSkjema> eldste) {
            return size() > ANTALL;
        }
    };

    private DelteSkjemaer() {
    }

    /** The one shared copy of a schema with this JSON text. */
    public static DeltSkjema delt(JsonNode skjema) {
        String nokkel = Objects.requireNonNull(skjema, "skjema").toString();
        synchronized (DELTE) {
            DeltSkjema funnet = DELTE.get(nokkel);
            if (funnet != null) {
                return funnet;
            }
        }
        DeltSkjema nytt = new DeltSkjema(skjema.deepCopy());
        synchronized (DELTE) {
            DeltSkjema forst = DELTE.putIfAbsent(nokkel, nytt);
            return forst != null ? forst : nytt;
        }
    }
}
