package no.blaresept.schema.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;
import org.jspecify.annotations.Nullable;

/**
 * Persistent (copy-on-write) edits of an answers tree. Trees passed in are never modified: a change copies
 * only the containers on its path and shares the rest, which is safe because no one mutates them.
 *
 * <p>Stateless and thread-safe.
 */
public final class SvarDokument {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SvarDokument() {
    }

    /** A new empty object. */
    public static ObjectNode tomt() {
        return F.objectNode();
    }

    /** A deep copy of an object, after checking its depth without recursion. */
    public static ObjectNode kopierObjekt(JsonNode json, int maksDybde) {
        if (!json.isObject()) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_SVAR, "", "svarene må være et JSON-objekt");
        }
        return (ObjectNode) kopier(json, maksDybde);
    }

    /** A deep copy of any node, after checking its depth without recursion (so no stack overflow). */
    public static JsonNode kopier(JsonNode json, int maksDybde) {
        JsonGrenser.sjekkDybde(json, maksDybde, SkjemaFeilkode.UGYLDIG_SVAR);
        return json.deepCopy();
    }

    /** {@code rot} with {@code verdi} set at {@code sti}. */
    public static ObjectNode med(ObjectNode rot, JsonPointer sti, JsonNode verdi) {
        if (sti.matches()) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_STI, "", "kan ikke erstatte hele svaret");
        }
        return (ObjectNode) sett(rot, sti, verdi, sti.toString());
    }

    private static JsonNode sett(JsonNode node, JsonPointer sti, JsonNode verdi, String hel) {
        String segment = sti.getMatchingProperty();
        JsonPointer rest = sti.tail();
        if (node.isObject()) {
            ObjectNode kopi = F.objectNode();
            kopi.setAll((ObjectNode) node);
            kopi.set(segment, rest.matches() ? verdi : sett(barn(node.get(segment), rest), rest, verdi, hel));
            return kopi;
        }
        if (node.isArray()) {
            ArrayNode kopi = F.arrayNode().addAll((ArrayNode) node);
            int indeks = "-".equals(segment) ? kopi.size() : sti.getMatchingIndex();
            if (indeks < 0 || indeks > kopi.size()) {
                throw new SkjemaException(SkjemaFeilkode.UGYLDIG_STI, hel, "indeks utenfor listen");
            }
            JsonNode ny = rest.matches() ? verdi : sett(barn(indeks < kopi.size() ? kopi.get(indeks) : null, rest),
                    rest, verdi, hel);
            if (indeks == kopi.size()) {
                kopi.add(ny);
            } else {
                kopi.set(indeks, ny);
            }
            return kopi;
        }
        throw new SkjemaException(SkjemaFeilkode.UGYLDIG_STI, hel, "går gjennom en verdi som ikke er objekt eller liste");
    }

    /** The existing child, or a new container fitting the next segment. */
    private static JsonNode barn(@Nullable JsonNode eksisterende, JsonPointer rest) {
        if (eksisterende != null && !eksisterende.isNull()) {
            return eksisterende;
        }
        String neste = rest.getMatchingProperty();
        return "-".equals(neste) || rest.getMatchingIndex() >= 0 ? F.arrayNode() : F.objectNode();
    }

    /**
     * Whether setting {@code verdi} at {@code sti} changes one leaf only: every container on the path
     * exists (a list index inside its list, not an append), and neither the old nor the new value is a
     * container. Such a change grows no list and makes no object appear or vanish, so a field's state can
     * change only if a condition reads that path.
     */
    public static boolean bareBlad(ObjectNode rot, JsonPointer sti, JsonNode verdi) {
        if (sti.matches() || verdi.isContainerNode()) {
            return false;
        }
        JsonNode node = rot;
        JsonPointer rest = sti;
        while (node != null && node.isContainerNode()) {
            JsonNode neste = node.isObject() ? node.get(rest.getMatchingProperty()) : element(node, rest);
            if (rest.tail().matches()) {
                return node.isObject() ? neste == null || !neste.isContainerNode()
                        : neste != null && !neste.isContainerNode();
            }
            node = neste;
            rest = rest.tail();
        }
        return false;
    }

    private static @Nullable JsonNode element(JsonNode liste, JsonPointer sti) {
        int indeks = sti.getMatchingIndex();
        return indeks >= 0 && indeks < liste.size() ? liste.get(indeks) : null;
    }

    /** {@code rot} without the value at {@code sti}. */
    public static ObjectNode uten(ObjectNode rot, JsonPointer sti) {
        if (sti.matches() || rot.at(sti).isMissingNode()) {
            return rot;
        }
        return (ObjectNode) fjern(rot, sti);
    }

    private static JsonNode fjern(JsonNode node, JsonPointer sti) {
        String segment = sti.getMatchingProperty();
        JsonPointer rest = sti.tail();
        if (node.isObject()) {
            ObjectNode kopi = F.objectNode();
            kopi.setAll((ObjectNode) node);
            if (rest.matches()) {
                kopi.remove(segment);
            } else {
                kopi.set(segment, fjern(node.get(segment), rest));
            }
            return kopi;
        }
        ArrayNode kopi = F.arrayNode().addAll((ArrayNode) node);
        int indeks = sti.getMatchingIndex();
        if (rest.matches()) {
            kopi.remove(indeks);
        } else {
            kopi.set(indeks, fjern(kopi.get(indeks), rest));
        }
        return kopi;
    }

    /** Number of leaf values, counted without recursion. */
    public static int antallBlader(JsonNode rot) {
        int n = 0;
        Deque<JsonNode> igjen = new ArrayDeque<>();
        igjen.push(rot);
        while (!igjen.isEmpty()) {
            JsonNode node = igjen.pop();
            if (node.isContainerNode()) {
                if (node.isObject()) {
                    for (Map.Entry<String, JsonNode> e : node.properties()) {
                        igjen.push(e.getValue());
                    }
                } else {
                    node.forEach(igjen::push);
                }
            } else {
                n++;
            }
        }
        return n;
    }
}
