package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which answer paths a schema declares, and which of them an active part of it declares, computed apart
 * from the model: a walk of schema and answers together, with every condition judged by the independent
 * validator ({@link Orakel}). The contract it checks ({@code docs/schema.md}): a declaration is active when
 * every branch above it applies: {@code if} valid for {@code then} (invalid for {@code else}), the
 * {@code dependencies} key present, and for a {@code oneOf}/{@code anyOf} branch (not a code list): the answers
 * satisfy the branch's constraints on names declared outside it, or, where it has none, one of its own names
 * is answered or no sibling's is. Nothing inside {@code not} or {@code if} declares a field. An absent object
 * is judged as {@code {}}.
 */
final class Deklarasjonsorakel {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** How far the walk follows absent objects (recursive definitions would go on for ever). */
    private static final int MAKS_FRAVAERENDE = 6;

    private final JsonNode rot;
    private final Map<JsonNode, Orakel> orakler = new IdentityHashMap<>();

    Deklarasjonsorakel(JsonNode rot) {
        this.rot = rot;
    }

    /** Every path some part of the schema declares, whatever the conditions, for the values in {@code svar}. */
    Set<String> deklarerte(JsonNode svar) {
        Set<String> ut = new LinkedHashSet<>();
        new Gange(false, ut).skjema(rot, svar, "", Set.of(), 0);
        return ut;
    }

    /** The paths an active part of the schema declares, given {@code svar}. */
    Set<String> aktive(JsonNode svar) {
        Set<String> ut = new LinkedHashSet<>();
        new Gange(true, ut).skjema(rot, svar, "", Set.of(), 0);
        return ut;
    }

    private final class Gange {
        private final boolean betingelser;
        private final Set<String> ut;

        Gange(boolean betingelser, Set<String> ut) {
            this.betingelser = betingelser;
            this.ut = ut;
        }

        /** {@code kjente}: names declared outside the branch being walked, in the same object. */
        void skjema(JsonNode s, JsonNode v, String sti, Set<String> kjente, int fravaerende) {
            s = los(s);
            if (!s.isObject() || fravaerende > MAKS_FRAVAERENDE) {
                return;
            }
            JsonNode objekt = v.isMissingNode() ? F.objectNode() : v;
            Set<String> lokale = new HashSet<>(kjente);
            s.path("properties").fieldNames().forEachRemaining(lokale::add);
            if (objekt.isObject()) {
                for (Iterator<String> it = s.path("properties").fieldNames(); it.hasNext(); ) {
                    String navn = it.next();
                    String barn = barn(sti, navn);
                    ut.add(barn);
                    JsonNode verdi = objekt.path(navn);
                    skjema(s.get("properties").get(navn), verdi, barn, Set.of(),
                            verdi.isMissingNode() ? fravaerende + 1 : 0);
                }
            }
            if (v.isArray()) {
                elementer(s, v, sti);
            }
            for (JsonNode del : s.path("allOf")) {
                skjema(del, v, sti, lokale, fravaerende);
            }
            if (s.has("if")) {
                boolean hvis = orakel(los(s.get("if"))).gyldig(objekt);
                if (s.has("then") && (!betingelser || hvis)) {
                    skjema(s.get("then"), v, sti, lokale, fravaerende);
                }
                if (s.has("else") && (!betingelser || !hvis)) {
                    skjema(s.get("else"), v, sti, lokale, fravaerende);
                }
            }
            s.path("dependencies").properties().forEach(e -> {
                if (e.getValue().isObject() && (!betingelser || objekt.has(e.getKey()))) {
                    skjema(e.getValue(), v, sti, lokale, fravaerende);
                }
            });
            if (!kodeliste(s)) {
                for (String nokkel : new String[] {"oneOf", "anyOf"}) {
                    JsonNode grener = s.path(nokkel);
                    for (int i = 0; i < grener.size(); i++) {
                        if (!betingelser || gjelder(grener, i, objekt, lokale)) {
                            skjema(grener.get(i), v, sti, lokale, fravaerende);
                        }
                    }
                }
            }
        }

        private void elementer(JsonNode s, JsonNode v, String sti) {
            JsonNode items = los(s.path("items"));
            JsonNode flere = los(s.path("additionalItems"));
            for (int i = 0; i < v.size(); i++) {
                JsonNode del = items.isArray() ? (i < items.size() ? items.get(i) : flere) : items;
                if (del.isObject()) {
                    ut.add(sti + "/" + i);
                    skjema(del, v.get(i), sti + "/" + i, Set.of(), 0);
                }
            }
        }
    }

    /** The documented rule for a {@code oneOf}/{@code anyOf} branch. */
    private boolean gjelder(JsonNode grener, int i, JsonNode objekt, Set<String> kjente) {
        JsonNode gren = los(grener.get(i));
        ObjectNode diskriminator = F.objectNode();
        gren.path("properties").properties().forEach(e -> {
            if (kjente.contains(e.getKey())) {
                diskriminator.with("properties").set(e.getKey(), e.getValue());
            }
        });
        gren.path("required").forEach(n -> {
            if (kjente.contains(n.asText())) {
                diskriminator.withArray("required").add(n);
            }
        });
        if (!diskriminator.isEmpty()) {
            return orakel(diskriminator).gyldig(objekt);
        }
        if (besvart(egne(gren, kjente), objekt)) {
            return true;
        }
        for (int j = 0; j < grener.size(); j++) {
            if (j != i && besvart(egne(los(grener.get(j)), kjente), objekt)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> egne(JsonNode gren, Set<String> kjente) {
        Set<String> navn = new HashSet<>();
        gren.path("properties").fieldNames().forEachRemaining(n -> {
            if (!kjente.contains(n)) {
                navn.add(n);
            }
        });
        return navn;
    }

    private static boolean besvart(Set<String> navn, JsonNode objekt) {
        return objekt.isObject() && navn.stream().anyMatch(objekt::has);
    }

    /** The JSON Pointer of member {@code navn} of the object at {@code sti}. */
    static String barn(String sti, String navn) {
        return sti + "/" + navn.replace("~", "~0").replace("/", "~1");
    }

    /** A code list ({@code enum}, or {@code oneOf}/{@code anyOf} of {@code const}s) is a choice of values, not branches. */
    private static boolean kodeliste(JsonNode s) {
        if (s.path("enum").isArray()) {
            return true;
        }
        for (String nokkel : new String[] {"oneOf", "anyOf"}) {
            JsonNode grener = s.path(nokkel);
            boolean alle = grener.size() > 0;
            for (JsonNode g : grener) {
                alle &= g.has("const");
            }
            if (alle) {
                return true;
            }
        }
        return false;
    }

    /** The validator for a condition, compiled once (by the condition's identity in the schema). */
    private Orakel orakel(JsonNode skjema) {
        return orakler.computeIfAbsent(skjema, Orakel::new);
    }

    /** Follows local {@code $ref}s: JSON Pointers and {@code $id} anchors. */
    private JsonNode los(JsonNode s) {
        for (int hopp = 0; s.isObject() && s.path("$ref").isTextual() && hopp < 100; hopp++) {
            String ref = s.get("$ref").asText();
            s = ref.startsWith("#/") || ref.equals("#") ? rot.at(ref.substring(1)) : anker(rot, ref);
        }
        return s;
    }

    private static JsonNode anker(JsonNode node, String id) {
        if (node.isObject() && id.equals(node.path("$id").asText(null))) {
            return node;
        }
        for (JsonNode barn : node) {
            JsonNode funnet = anker(barn, id);
            if (!funnet.isMissingNode()) {
                return funnet;
            }
        }
        return MissingNode.getInstance();
    }
}
