package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * Refuses schemas whose validation would recurse without end or very deep on one value: a {@code $ref} that
 * leads back to itself through keywords that apply to the same value ({@code allOf}, {@code anyOf},
 * {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else}, schema {@code dependencies}), as in
 * {@code {"allOf": [{"$ref": "#"}]}}, and such chains longer than the depth limit. Keywords that descend into
 * the value ({@code properties}, {@code items}) end a chain: the answers' depth bounds them. Iterative, so
 * the check itself cannot overflow.
 *
 * <p>Stateless and thread-safe.
 */
final class Henvisningsgraf {
    private static final List<String> ENKLE = List.of("not", "if", "then", "else");
    private static final List<String> LISTER = List.of("allOf", "anyOf", "oneOf");
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples");

    private final JsonNode rot;
    private final RefOppslag refs;
    /** Most reference hops on a same-value chain from each finished location. */
    private final Map<String, Integer> lengde = new HashMap<>();

    private Henvisningsgraf(JsonNode rot) {
        this.rot = rot;
        this.refs = new RefOppslag(rot);
    }

    /**
     * @throws SkjemaException {@link SkjemaFeilkode#REF_SYKLUS} for a cycle, {@link SkjemaFeilkode#FOR_DYP}
     *     for a chain longer than {@code maksDybde}
     */
    static void sjekk(JsonNode rot, int maksDybde) {
        new Henvisningsgraf(rot).alle(maksDybde);
    }

    private void alle(int maksDybde) {
        Deque<String> igjen = new ArrayDeque<>();
        igjen.push("");
        Set<String> sett = new HashSet<>();
        while (!igjen.isEmpty()) {
            String sti = igjen.pop();
            JsonNode node = rot.at(JsonStier.peker(sti));
            if (!sett.add(sti) || !node.isContainerNode()) {
                continue;
            }
            if (node.isObject() && node.path("$ref").isTextual()) {
                fra(sti, maksDybde);
            }
            // Children pushed last-first, so locations are visited in document order.
            List<String> barn = new ArrayList<>();
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(navn -> {
                    if (!DATA.contains(navn)) { // a "$ref" inside an enum value is data, not a reference
                        barn.add(JsonStier.barn(sti, navn));
                    }
                });
            } else {
                for (int i = 0; i < node.size(); i++) {
                    barn.add(sti + "/" + i);
                }
            }
            for (int i = barn.size() - 1; i >= 0; i--) {
                igjen.push(barn.get(i));
            }
        }
    }

    /** Depth-first from {@code start} with an explicit stack; a location met again on the stack is a cycle. */
    private void fra(String start, int maksDybde) {
        Deque<Ramme> stakk = new ArrayDeque<>();
        Set<String> paaStakken = new HashSet<>();
        stakk.push(ramme(start));
        paaStakken.add(start);
        while (!stakk.isEmpty()) {
            Ramme r = stakk.peek();
            if (r.neste.hasNext()) {
                String n = r.neste.next();
                Integer kjent = lengde.get(n);
                if (kjent != null) {
                    r.lengste = Math.max(r.lengste, kjent);
                } else if (paaStakken.contains(n)) {
                    throw new SkjemaException(SkjemaFeilkode.REF_SYKLUS, r.sti, "henvisningene går i ring");
                } else {
                    stakk.push(ramme(n));
                    paaStakken.add(n);
                }
                continue;
            }
            stakk.pop();
            paaStakken.remove(r.sti);
            // Only reference hops count: allOf and the like nest in the schema, whose depth is bounded already.
            r.lengste += r.erRef ? 1 : 0;
            if (r.lengste > maksDybde) {
                throw new SkjemaException(SkjemaFeilkode.FOR_DYP, r.sti, "henvisningene nøster for dypt");
            }
            lengde.put(r.sti, r.lengste);
            if (!stakk.isEmpty()) {
                stakk.peek().lengste = Math.max(stakk.peek().lengste, r.lengste);
            }
        }
    }

    private Ramme ramme(String sti) {
        return new Ramme(sti, etterfolgere(sti), rot.at(JsonStier.peker(sti)).path("$ref").isTextual());
    }

    /** The locations whose schemas apply to the same value as the schema at {@code sti}. */
    private List<String> etterfolgere(String sti) {
        JsonNode node = rot.at(JsonStier.peker(sti));
        List<String> ut = new ArrayList<>();
        if (!node.isObject()) {
            return ut;
        }
        if (node.path("$ref").isTextual()) {
            String ref = node.get("$ref").textValue();
            if (!LokalSkjemaklient.erMetaskjema(ref)) {
                String mal = refs.lokalPeker(ref, sti);
                if (rot.at(JsonStier.peker(mal)).isMissingNode()) {
                    throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, JsonStier.barn(sti, "$ref"), "");
                }
                ut.add(mal);
            }
            return ut; // draft-07: the siblings of $ref are ignored
        }
        for (String nokkel : ENKLE) {
            if (node.path(nokkel).isObject()) {
                ut.add(JsonStier.barn(sti, nokkel));
            }
        }
        for (String nokkel : LISTER) {
            for (int i = 0; i < node.path(nokkel).size(); i++) {
                ut.add(JsonStier.barn(sti, nokkel) + "/" + i);
            }
        }
        node.path("dependencies").properties().forEach(e -> {
            if (e.getValue().isObject()) {
                ut.add(JsonStier.barn(JsonStier.barn(sti, "dependencies"), e.getKey()));
            }
        });
        return ut;
    }

    private static final class Ramme {
        final String sti;
        final Iterator<String> neste;
        final boolean erRef;
        /** The most reference hops on a same-value chain from here. */
        int lengste;

        Ramme(String sti, List<String> etterfolgere, boolean erRef) {
            this.sti = sti;
            this.neste = etterfolgere.iterator();
            this.erRef = erRef;
        }
    }
}
