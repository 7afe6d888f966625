package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;
import no.blaresept.schema.SchemaLimits;

/**
 * Walks a checked schema in schema order and collects every field declaration with the branch conditions
 * it lives under: {@code properties}, {@code required}, {@code dependencies} (property and schema),
 * {@code if}/{@code then}/{@code else}, {@code allOf}, {@code oneOf}/{@code anyOf} branches, {@code items},
 * and local {@code $ref}s. A {@code $ref} back to a schema already being expanded is expanded again up to
 * {@link SchemaLimits#maksRekursjon()} times, while the model (with the sub-models built before it) has made
 * fewer than half of {@link SchemaLimits#maksFelt()} declarations; beyond, it is cut: the field is declared, and what lies below
 * it is left to a sub-model of the definition ({@link Kutt}, built by {@link #byggDel}), so a wide recursion
 * is cut where a deep one is expanded, and neither is refused. One builder builds one (sub-)model.
 */
final class ModellBygger {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Keywords an {@code if} may use and still depend only on the properties it names. */
    private static final Set<String> LOKALE_HVIS = Set.of("properties", "required", "type", "title",
            "description", "$comment");

    private final SchemaLimits grenser;
    private final RefOppslag refs;
    private final EveritSkjema.Rot rot;
    private final Map<String, Samler> felter = new LinkedHashMap<>();
    private final List<PakrevdRegel> regler = new ArrayList<>();
    /** List item templates ({@code /liste/-}) and the first index they govern (after a tuple's positions). */
    private final Map<String, Integer> listestart = new HashMap<>();
    private final List<Gruppekontroll> gruppekontroller = new ArrayList<>();
    /** Declarations of object list items: they keep the items of a list visible whatever a branch adds. */
    private final List<Deklarasjon> elementdeklarasjoner = new ArrayList<>();
    /** The definitions cut in this model, each with what its sub-model is built from. */
    private final Map<Kutt.Nokkel, Kutt.Grunnlag> kuttet = new LinkedHashMap<>();
    private final Budsjett budsjett;
    /** Whether this builder builds a sub-model. */
    private boolean del;

    /**
     * Field declarations counted over the whole model and its sub-models: the model may have
     * {@link SchemaLimits#maksFelt()}, its sub-models as many again together, so the sub-models of a schema with
     * many recursive definitions cannot multiply its size. Not thread-safe: one per model build.
     */
    static final class Budsjett {
        private int brukt;
    }

    ModellBygger(JsonNode skjema, SchemaLimits grenser, EveritSkjema.Rot rot, Budsjett budsjett) {
        this.budsjett = budsjett;
        this.grenser = grenser;
        this.refs = new RefOppslag(skjema);
        this.rot = rot;
    }

    /**
     * Everything collected: per field in schema order, the checks on objects as a whole, and the definitions
     * cut, whose sub-models must exist.
     */
    record Resultat(Map<String, FeltInfo> felter, Map<String, Integer> listestart, List<Gruppekontroll> gruppekontroller,
            Map<Kutt.Nokkel, Kutt.Grunnlag> kuttet) {
    }

    Resultat bygg(JsonNode skjema) {
        RefOppslag.Oppslag start = refs.los(skjema, "");
        objekt(start.skjema(), start.sti(), "", List.of(), Set.of(), new ArrayDeque<>(start.passert()), false);
        return resultat();
    }

    /** The declarations the whole model, and with a sub-model also its sub-models, may have ({@link Budsjett}). */
    private int maksDeklarasjoner() {
        return del ? 2 * grenser.maksFelt() : grenser.maksFelt();
    }

    /**
     * The sub-model of a cut definition: what lies below a value of it, with paths relative to that value,
     * expanded statically as far as {@link #bygg} expands a definition, and cut again beyond.
     */
    Resultat byggDel(Kutt.Nokkel nokkel, Kutt.Grunnlag grunnlag) {
        del = true;
        Deque<String> refStakk = new ArrayDeque<>(grunnlag.passert());
        under(grunnlag.mal(), nokkel.definisjon(), "", List.of(), refStakk, nokkel.betinget());
        return resultat();
    }

    private Resultat resultat() {
        for (PakrevdRegel regel : regler) {
            felter.computeIfAbsent(regel.sti(), Samler::new).regler.add(regel);
        }
        for (Deklarasjon element : elementdeklarasjoner) {
            Samler samler = felter.get(element.sti());
            if (samler != null) { // the item path is a field only where a branch declares it
                samler.leggTil(element);
            }
        }
        Map<String, FeltInfo> ut = new LinkedHashMap<>();
        felter.forEach((sti, samler) -> ut.put(sti, samler.bygg()));
        return new Resultat(ut, Map.copyOf(listestart), List.copyOf(gruppekontroller), Map.copyOf(kuttet));
    }

    private void objekt(JsonNode skjema, String skjemaSti, String instans, List<Betingelse> kjede,
            Set<String> kjenteNavn, Deque<String> refStakk, boolean betinget) {
        if (!skjema.isObject()) {
            if (skjema.isBoolean() && !skjema.booleanValue()) { // a false branch refuses every value while it applies
                gruppekontroller.add(new Gruppekontroll(instans, kjede, rot.del(skjema, skjemaSti)));
            }
            return;
        }
        Set<String> lokale = new LinkedHashSet<>(kjenteNavn);
        skjema.path("properties").fieldNames().forEachRemaining(lokale::add);
        skjema.path("properties").properties().forEach(e -> felt(e.getValue(),
                skjemaSti + "/properties/" + e.getKey(), JsonStier.barn(instans, e.getKey()), kjede, refStakk, betinget));
        for (JsonNode navn : skjema.path("required")) {
            regler.add(new PakrevdRegel(instans, navn.asText(), kjede));
        }
        for (Map.Entry<String, JsonNode> dep : skjema.path("dependencies").properties()) {
            List<Betingelse> dypere = med(kjede, new Betingelse.NokkelFinnes(instans, dep.getKey()));
            String depSti = skjemaSti + "/dependencies/" + dep.getKey();
            if (dep.getValue().isArray()) {
                dep.getValue().forEach(navn -> regler.add(new PakrevdRegel(instans, navn.asText(), dypere)));
            } else {
                gren(dep.getValue(), depSti, instans, dypere, lokale, refStakk);
            }
        }
        if (skjema.has("if")) {
            EveritSkjema hvis = rot.del(skjema.get("if"), skjemaSti + "/if");
            Set<String> relevante = relevante(skjema.get("if"));
            if (skjema.has("then")) {
                gren(skjema.get("then"), skjemaSti + "/then", instans,
                        med(kjede, new Betingelse.Hvis(instans, hvis, relevante, true)), lokale, refStakk);
            }
            if (skjema.has("else")) {
                gren(skjema.get("else"), skjemaSti + "/else", instans,
                        med(kjede, new Betingelse.Hvis(instans, hvis, relevante, false)), lokale, refStakk);
            }
        }
        int i = 0;
        for (JsonNode del : skjema.path("allOf")) {
            RefOppslag.Oppslag o = refs.los(del, skjemaSti + "/allOf/" + i++);
            objekt(o.skjema(), o.sti(), instans, kjede, lokale, refStakk, betinget);
        }
        boolean alternativerTolket = FeltTolking.kodeliste(skjema).isEmpty();
        for (String nokkel : List.of("oneOf", "anyOf")) {
            if (skjema.path(nokkel).isArray() && alternativerTolket) {
                EveritSkjema valg = rot.del(F.objectNode().set(nokkel, skjema.get(nokkel)),
                        skjemaSti);
                gruppekontroller.add(new Gruppekontroll(instans, kjede, valg));
                alternativer((ArrayNode) skjema.get(nokkel), skjemaSti + "/" + nokkel, instans, kjede, lokale,
                        refStakk, valg);
            }
        }
        Grunnskjema.rest(skjema, alternativerTolket)
                .ifPresent(rest -> gruppekontroller.add(new Gruppekontroll(instans, kjede, rot.del(rest, skjemaSti))));
    }

    private void gren(JsonNode gren, String sti, String instans, List<Betingelse> kjede, Set<String> kjente,
            Deque<String> refStakk) {
        RefOppslag.Oppslag o = refs.los(gren, sti);
        objekt(o.skjema(), o.sti(), instans, kjede, kjente, refStakk, true);
    }

    private void alternativer(ArrayNode grener, String sti, String instans, List<Betingelse> kjede,
            Set<String> kjente, Deque<String> refStakk, EveritSkjema valg) {
        Set<String> lest = Navnebruk.navn(grener).orElse(Set.of());
        List<JsonNode> losteGrener = new ArrayList<>();
        List<Set<String>> egne = new ArrayList<>();
        for (int i = 0; i < grener.size(); i++) {
            JsonNode g = refs.los(grener.get(i), sti + "/" + i).skjema();
            losteGrener.add(g);
            Set<String> navn = new LinkedHashSet<>();
            g.path("properties").fieldNames().forEachRemaining(n -> {
                if (!kjente.contains(n)) {
                    navn.add(n);
                }
            });
            egne.add(navn);
        }
        for (int i = 0; i < losteGrener.size(); i++) {
            List<Set<String>> sosken = new ArrayList<>(egne);
            sosken.remove(i);
            ObjectNode diskriminator = diskriminator(losteGrener.get(i), kjente);
            Optional<EveritSkjema> kompilert = diskriminator.isEmpty() ? Optional.empty()
                    : Optional.of(rot.del(diskriminator, sti + "/" + i));
            Betingelse alt = new Betingelse.Alternativ(instans, kompilert,
                    Set.copyOf(nokler(diskriminator)), Set.copyOf(egne.get(i)), sosken, valg, lest);
            gren(grener.get(i), sti + "/" + i, instans, med(kjede, alt), kjente, refStakk);
        }
    }

    /** The branch's constraints on properties declared outside it: what tells the branches apart. */
    private static ObjectNode diskriminator(JsonNode gren, Set<String> kjente) {
        ObjectNode egenskaper = F.objectNode();
        gren.path("properties").properties().forEach(e -> {
            if (kjente.contains(e.getKey())) {
                egenskaper.set(e.getKey(), e.getValue());
            }
        });
        ArrayNode pakrevd = F.arrayNode();
        gren.path("required").forEach(n -> {
            if (kjente.contains(n.asText())) {
                pakrevd.add(n);
            }
        });
        ObjectNode d = F.objectNode();
        if (!egenskaper.isEmpty()) {
            d.set("properties", egenskaper);
        }
        if (!pakrevd.isEmpty()) {
            d.set("required", pakrevd);
        }
        return d;
    }

    private static Set<String> nokler(ObjectNode diskriminator) {
        Set<String> navn = new LinkedHashSet<>();
        diskriminator.path("properties").fieldNames().forEachRemaining(navn::add);
        diskriminator.path("required").forEach(n -> navn.add(n.asText()));
        return navn;
    }

    /** The properties an {@code if} depends on, or empty when it may depend on the whole object. */
    private static Set<String> relevante(JsonNode hvis) {
        if (!hvis.isObject()) {
            return Set.of();
        }
        Set<String> navn = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> e : hvis.properties()) {
            if (!LOKALE_HVIS.contains(e.getKey())) {
                return Set.of();
            }
        }
        hvis.path("properties").fieldNames().forEachRemaining(navn::add);
        hvis.path("required").forEach(n -> navn.add(n.asText()));
        return navn.isEmpty() ? Set.of() : navn;
    }

    private void felt(JsonNode deklarert, String skjemaSti, String sti, List<Betingelse> kjede,
            Deque<String> refStakk, boolean betinget) {
        if (++budsjett.brukt > maksDeklarasjoner()) {
            throw new SkjemaException(SkjemaFeilkode.FOR_STORT, skjemaSti, "over " + maksDeklarasjoner() + " felt"
                    + (del ? " med delmodellene for rekursive definisjoner" : ""));
        }
        if (refStakk.size() > grenser.maksDybde()) {
            throw new SkjemaException(SkjemaFeilkode.FOR_DYP, skjemaSti, "henvisningene nøster for dypt");
        }
        RefOppslag.Oppslag o = refs.los(deklarert, skjemaSti);
        boolean rekursiv = kutt(o.passert(), refStakk);
        Samler samler = felter.computeIfAbsent(sti, Samler::new);
        JsonNode mal = o.skjema();
        samler.legg(deklarert, mal, betinget, rekursiv,
                new Deklarasjon(sti, kjede, rot.del(Grunnskjema.av(mal), o.sti())));
        if (rekursiv) {
            // What lies below is declared by the definition's sub-model, applied to the value in the answers.
            if (utvidbar(mal)) {
                Kutt k = new Kutt(kjede, new Kutt.Nokkel(o.sti(), betinget));
                samler.kutt(k);
                kuttet.putIfAbsent(k.nokkel(), new Kutt.Grunnlag(mal, o.passert()));
            }
            return;
        }
        o.passert().forEach(refStakk::push);
        under(mal, o.sti(), sti, kjede, refStakk, betinget);
        o.passert().forEach(p -> refStakk.pop());
    }

    /** The fields below a field: a list's items, an object's properties and branches. */
    private void under(JsonNode mal, String skjemaSti, String sti, List<Betingelse> kjede, Deque<String> refStakk,
            boolean betinget) {
        if (FeltTolking.type(mal) == FeltType.LISTE) {
            liste(mal, skjemaSti, sti, kjede, refStakk, betinget);
        } else if (objektskjema(mal)) { // also untyped rules a branch adds to an object declared elsewhere
            objekt(mal, skjemaSti, sti, kjede, Set.of(), refStakk, betinget);
        }
    }

    /** Whether a schema has fields below it (see {@link #under}). */
    private static boolean utvidbar(JsonNode mal) {
        return FeltTolking.type(mal) == FeltType.LISTE || objektskjema(mal);
    }

    private void liste(JsonNode mal, String skjemaSti, String sti, List<Betingelse> kjede, Deque<String> refStakk,
            boolean betinget) {
        JsonNode elementer = mal.path("items");
        if (elementer.isArray()) { // a tuple: one field per position, then additionalItems for the rest
            for (int i = 0; i < elementer.size(); i++) {
                felt(elementer.get(i), skjemaSti + "/items/" + i, sti + "/" + i, kjede, refStakk, betinget);
            }
            if (mal.path("additionalItems").isObject()) {
                elementer(mal.get("additionalItems"), skjemaSti + "/additionalItems", sti, elementer.size(), kjede,
                        refStakk, betinget);
            }
        } else if (elementer.isObject()) {
            elementer(elementer, skjemaSti + "/items", sti, 0, kjede, refStakk, betinget);
        }
        // items: true/false, additionalItems: true/false: no item fields; the list's own declaration judges them.
    }

    /** The fields of every list item from index {@code start} on, under template {@code sti/-}. */
    private void elementer(JsonNode elementer, String skjemaSti, String sti, int start, List<Betingelse> kjede,
            Deque<String> refStakk, boolean betinget) {
        String elementSti = sti + "/-";
        listestart.put(elementSti, start);
        RefOppslag.Oppslag o = refs.los(elementer, skjemaSti);
        boolean rekursiv = kutt(o.passert(), refStakk);
        if (objektskjema(o.skjema()) && !rekursiv) {
            elementdeklarasjoner.add(new Deklarasjon(elementSti, kjede, rot.del(Grunnskjema.av(o.skjema()), o.sti())));
            o.passert().forEach(refStakk::push);
            objekt(o.skjema(), o.sti(), elementSti, kjede, Set.of(), refStakk, betinget);
            o.passert().forEach(p -> refStakk.pop());
        } else {
            felt(elementer, skjemaSti, elementSti, kjede, refStakk, betinget);
        }
    }

    /** Whether a repeat of a definition being expanded is cut here (see the class comment). */
    private boolean kutt(Set<String> passert, Deque<String> refStakk) {
        boolean gjentakelse = false;
        for (String ref : passert) {
            int ganger = Collections.frequency(refStakk, ref);
            if (ganger >= grenser.maksRekursjon()) {
                return true;
            }
            gjentakelse |= ganger > 0;
        }
        return gjentakelse && budsjett.brukt >= grenser.maksFelt() / 2;
    }

    /** An item schema with object rules: typed object, or untyped with required/dependencies (a branch adding rules). */
    private static boolean objektskjema(JsonNode skjema) {
        FeltType type = FeltTolking.type(skjema);
        return type == FeltType.GRUPPE
                || type == FeltType.UKJENT && (skjema.has("required") || skjema.has("dependencies"));
    }

    private static List<Betingelse> med(List<Betingelse> kjede, Betingelse ny) {
        List<Betingelse> lengre = new ArrayList<>(kjede);
        lengre.add(ny);
        return lengre;
    }
}
