package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation of the model against one answers tree. Caches condition results and node look-ups, so each
 * condition is judged once per object instance however many fields depend on it. Not thread-safe: one per call.
 */
final class Evaluering {
    private final JsonNode rot;
    private final Map<Betingelse, Map<String, Boolean>> resultater = new IdentityHashMap<>();
    private final Map<String, JsonNode> noder = new HashMap<>();

    Evaluering(JsonNode rot) {
        this.rot = rot;
    }

    /** The node at a concrete path, or a missing node. */
    JsonNode node(String sti) {
        JsonNode node = noder.get(sti);
        if (node == null) {
            node = rot.at(Pekere.av(sti));
            noder.put(sti, node);
        }
        return node;
    }

    /**
     * Whether every condition of {@code kjede} holds for the field at concrete path {@code sti}.
     * {@code utenListe}: the field is in no list, so each condition's own instance path is the concrete one
     * (no substring to build, and its hash is cached: this runs for every field on every keystroke).
     */
    boolean aktiv(List<Betingelse> kjede, String sti, boolean utenListe) {
        for (int i = 0; i < kjede.size(); i++) {
            Betingelse b = kjede.get(i);
            String instans = utenListe ? b.instans() : prefiks(sti, segmenter(b.instans()));
            Boolean svar = resultater.computeIfAbsent(b, k -> new HashMap<>()).get(instans);
            if (svar == null) {
                svar = b.oppfylt(node(instans));
                resultater.get(b).put(instans, svar);
            }
            if (!svar) {
                return false;
            }
        }
        return true;
    }

    /** The concrete paths of a template path: one per existing list item for each {@code -}. */
    List<String> konkrete(String mal) {
        if (!mal.contains("/-")) {
            return List.of(mal);
        }
        List<String> naa = List.of("");
        for (String segment : mal.substring(1).split("/", -1)) {
            List<String> neste = new ArrayList<>();
            for (String prefiks : naa) {
                if ("-".equals(segment)) {
                    JsonNode liste = node(prefiks);
                    for (int i = 0; liste.isArray() && i < liste.size(); i++) {
                        neste.add(prefiks + "/" + i);
                    }
                } else {
                    neste.add(prefiks + "/" + segment);
                }
            }
            naa = neste;
        }
        return naa.isEmpty() ? List.of(mal) : naa;
    }

    private static int segmenter(String sti) {
        int n = 0;
        for (int i = 0; i < sti.length(); i++) {
            if (sti.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    /** The first {@code n} segments of {@code sti}. */
    private static String prefiks(String sti, int n) {
        int funnet = 0;
        for (int i = 0; i < sti.length(); i++) {
            if (sti.charAt(i) == '/' && funnet++ == n) {
                return sti.substring(0, i);
            }
        }
        return sti;
    }
}
