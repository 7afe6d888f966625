package no.blaresept.schema.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which answers each field's state reads: the inputs of every condition on its declarations and required
 * rules. Answers a keystroke's two questions cheaply: can it hide anything (then the stale-value pass
 * runs), and whose state must be recomputed (the rest is taken from the previous state). Thread-safe: the
 * per-path answers are memoised in a concurrent map, bounded so arbitrary paths cannot grow it.
 */
final class Avhengigheter {
    /** Per field (in the model's order): the template paths of the answers its state reads. */
    private final List<List<String>> inndataPerFelt;
    /** Inputs of the conditions that decide visibility (required-only conditions cannot hide anything). */
    private final Set<String> synlighetsinndata;
    private final Map<String, Virkning> husket = new ConcurrentHashMap<>();
    private final int maksHusket;

    /** What setting a value at one template path can change. */
    record Virkning(boolean synlighet, int[] felter) {
    }

    Avhengigheter(List<FeltInfo> felter) {
        List<List<String>> perFelt = new ArrayList<>(felter.size());
        Set<String> synlighet = new HashSet<>();
        for (FeltInfo info : felter) {
            Set<String> alle = new HashSet<>();
            info.deklarasjoner().forEach(d -> d.kjede().forEach(b -> alle.addAll(b.inndata())));
            info.regler().forEach(r -> r.kjede().forEach(b -> alle.addAll(b.inndata())));
            // A rule inside a oneOf/anyOf branch asks the whole choice, which reads the names it mentions.
            info.regler().stream().filter(r -> r.forsteAlternativ() >= 0).forEach(r -> {
                Betingelse.Alternativ valg = (Betingelse.Alternativ) r.kjede().get(r.forsteAlternativ());
                alle.addAll(Betingelse.stier(valg.instans(), valg.kombinasjonsnavn()));
            });
            if (!info.kutt().isEmpty()) { // below a cut, any answer can change what the sub-models say
                alle.add(info.felt().sti());
                synlighet.add(info.felt().sti());
            }
            perFelt.add(List.copyOf(alle));
            // Visibility comes from declarations (from required rules only for undeclared fields).
            if (info.deklarasjoner().isEmpty()) {
                info.regler().forEach(r -> r.kjede().forEach(b -> synlighet.addAll(b.inndata())));
            } else {
                info.deklarasjoner().forEach(d -> d.kjede().forEach(b -> synlighet.addAll(b.inndata())));
            }
        }
        this.inndataPerFelt = List.copyOf(perFelt);
        this.synlighetsinndata = Set.copyOf(synlighet);
        this.maksHusket = 2 * felter.size() + 64;
    }

    /** What a new value at template path {@code mal} can change. */
    Virkning virkning(String mal) {
        Virkning v = husket.get(mal);
        if (v == null) {
            v = beregn(mal);
            if (husket.size() < maksHusket) {
                husket.put(mal, v);
            }
        }
        return v;
    }

    private Virkning beregn(String mal) {
        boolean synlighet = synlighetsinndata.stream().anyMatch(inn -> relatert(inn, mal));
        List<Integer> berorte = new ArrayList<>();
        for (int i = 0; i < inndataPerFelt.size(); i++) {
            if (inndataPerFelt.get(i).stream().anyMatch(inn -> relatert(inn, mal))) {
                berorte.add(i);
            }
        }
        return new Virkning(synlighet, berorte.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Whether a condition reading {@code inn} can see a change at {@code mal}: the same path, one inside the
     * other (a condition on an object reads all of it), or the root.
     */
    private static boolean relatert(String inn, String mal) {
        return inn.isEmpty() || mal.equals(inn) || mal.startsWith(inn + "/") || inn.startsWith(mal + "/");
    }
}
