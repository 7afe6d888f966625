package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a branch of the schema applies, evaluated against the object instance at {@link #instans()} (a
 * template path; list indexes are {@code -} and get filled in per item).
 */
sealed interface Betingelse {

    /** Template JSON Pointer of the object the condition looks at. */
    String instans();

    /**
     * Template paths of the answers this condition reads; a change elsewhere cannot change its verdict. The
     * instance path itself means "any property of the object".
     */
    List<String> inndata();

    /** Whether the branch applies, given that object ({@link com.fasterxml.jackson.databind.node.MissingNode} if absent). */
    boolean oppfylt(JsonNode objekt);

    /** {@code dependencies}: the key is present. */
    record NokkelFinnes(String instans, String nokkel) implements Betingelse {
        @Override
        public boolean oppfylt(JsonNode objekt) {
            return objekt.isObject() && objekt.has(nokkel);
        }

        @Override
        public List<String> inndata() {
            return List.of(JsonStier.barn(instans, nokkel));
        }
    }

    /**
     * {@code if}/{@code then} ({@code forventet} true) or {@code else} ({@code forventet} false). An absent
     * object is judged as an empty one, so a UI shows the {@code else} branch of an untouched group.
     *
     * @param relevante when non-empty, the {@code if} looks only at these properties, so only they are passed
     *     to the validator (the answers may hold hundreds of fields; this keeps re-evaluation cheap)
     */
    record Hvis(String instans, EveritSkjema hvis, Set<String> relevante, boolean forventet) implements Betingelse {
        @Override
        public boolean oppfylt(JsonNode objekt) {
            return hvis.gyldigHusket(utdrag(objekt, relevante)) == forventet;
        }

        @Override
        public List<String> inndata() {
            return stier(instans, relevante);
        }
    }

    /**
     * A {@code oneOf}/{@code anyOf} branch. With a discriminator (the branch's constraints on properties
     * declared outside it) the branch applies when the answers satisfy it. Without one, it applies when one
     * of its own fields is answered, or when no sibling branch's field is. This decides visibility only:
     * what the branches demand is judged on the whole choice, {@code kombinasjon} (the {@code oneOf} or
     * {@code anyOf} with all its branches), which reads only {@code kombinasjonsnavn} of the object (all of
     * it when empty).
     */
    record Alternativ(String instans, Optional<EveritSkjema> diskriminator, Set<String> relevante,
            Set<String> egne, List<Set<String>> sosken, EveritSkjema kombinasjon, Set<String> kombinasjonsnavn)
            implements Betingelse {
        @Override
        public boolean oppfylt(JsonNode objekt) {
            if (diskriminator.isPresent()) {
                return diskriminator.get().gyldigHusket(utdrag(objekt, relevante));
            }
            if (besvart(objekt, egne)) {
                return true;
            }
            return sosken.stream().noneMatch(navn -> besvart(objekt, navn));
        }

        @Override
        public List<String> inndata() {
            if (diskriminator.isPresent()) {
                return stier(instans, relevante);
            }
            Set<String> alle = new java.util.HashSet<>(egne);
            sosken.forEach(alle::addAll);
            return stier(instans, alle);
        }

        private static boolean besvart(JsonNode objekt, Set<String> navn) {
            return objekt.isObject() && navn.stream().anyMatch(objekt::has);
        }
    }

    /** The paths of {@code navn} in the object at {@code instans}; the object itself when no names are known. */
    static List<String> stier(String instans, Set<String> navn) {
        return navn.isEmpty() ? List.of(instans) : navn.stream().map(n -> JsonStier.barn(instans, n)).toList();
    }

    /**
     * The object restricted to {@code relevante} (all of it when empty). An absent value is judged as {}, so
     * a UI shows the branches of an untouched group; any other value as it is, as draft-07 judges it.
     */
    static JsonNode utdrag(JsonNode objekt, Set<String> relevante) {
        if (objekt.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!objekt.isObject()) {
            return objekt;
        }
        if (relevante.isEmpty()) {
            return objekt;
        }
        ObjectNode utdrag = JsonNodeFactory.instance.objectNode();
        for (String navn : relevante) {
            JsonNode verdi = objekt.get(navn);
            if (verdi != null) {
                utdrag.set(navn, verdi);
            }
        }
        return utdrag;
    }
}
