package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    /** Verdicts of conditions outside lists: one instance each, so the condition itself is the key. */
    private final Map<Betingelse, Boolean> faste = new IdentityHashMap<>();
    /** Verdicts of conditions per concrete instance path (conditions of fields inside lists). */
    private final Map<Betingelse, Map<String, Boolean>> perInstans = new IdentityHashMap<>();
    private final Map<String, JsonNode> noder = new HashMap<>();
    /** Concrete item paths per list template ({@code /diagnoser/-} → {@code /diagnoser/0}, ...). */
    private final Map<String, List<String>> elementer = new HashMap<>();

    /** The first index each list item template governs (after a tuple's positions). */
    private final Map<String, Integer> listestart;

    Evaluering(JsonNode rot, Map<String, Integer> listestart) {
        this.rot = rot;
        this.listestart = listestart;
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
     * (no substring to build, and one verdict per condition: this runs for every field on every keystroke).
     */
    boolean aktiv(List<Betingelse> kjede, String sti, boolean utenListe) {
        for (int i = 0; i < kjede.size(); i++) {
            if (!(utenListe ? oppfylt(kjede.get(i)) : oppfylt(kjede.get(i), sti))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code regel} makes the field at {@code sti} required now. Outside {@code oneOf}/{@code anyOf}
     * its conditions decide. Inside a branch, the whole choice is asked (the draft-07 removal oracle): with
     * the field removed from the object that holds the choice, does the choice report it missing?
     */
    boolean krever(PakrevdRegel regel, String sti, boolean utenListe) {
        int k = regel.forsteAlternativ();
        List<Betingelse> kjede = regel.kjede();
        if (k < 0) {
            return aktiv(kjede, sti, utenListe);
        }
        for (int i = 0; i < k; i++) {
            if (!(utenListe ? oppfylt(kjede.get(i)) : oppfylt(kjede.get(i), sti))) {
                return false;
            }
        }
        Betingelse.Alternativ valg = (Betingelse.Alternativ) kjede.get(k);
        String instans = utenListe ? valg.instans() : JsonStier.forste(sti, JsonStier.segmenter(valg.instans()));
        JsonNode objekt = node(instans);
        if (!objekt.isObject()) {
            return false;
        }
        String relativ = sti.substring(instans.length());
        ObjectNode uten = SvarDokument.uten((ObjectNode) objekt, Pekere.av(relativ));
        return valg.kombinasjon().mangler(Betingelse.utdrag(uten, valg.kombinasjonsnavn()), JsonStier.forelder(relativ),
                JsonStier.navn(relativ));
    }

    private boolean oppfylt(Betingelse b) {
        Boolean svar = faste.get(b);
        if (svar == null) {
            svar = b.oppfylt(node(b.instans()));
            faste.put(b, svar);
        }
        return svar;
    }

    private boolean oppfylt(Betingelse b, String sti) {
        String instans = JsonStier.forste(sti, JsonStier.segmenter(b.instans()));
        Map<String, Boolean> verdikter = perInstans.computeIfAbsent(b, k -> new HashMap<>());
        Boolean svar = verdikter.get(instans);
        if (svar == null) {
            svar = b.oppfylt(node(instans));
            verdikter.put(instans, svar);
        }
        return svar;
    }

    /** The concrete paths of a template path: one per existing list item for each {@code -}. */
    List<String> konkrete(String mal) {
        int liste = sisteListe(mal);
        if (liste < 0) {
            return List.of(mal);
        }
        List<String> prefikser = elementer(mal.substring(0, liste + 2));
        if (prefikser.isEmpty()) {
            return List.of(mal);
        }
        String rest = mal.substring(liste + 2);
        List<String> ut = new ArrayList<>(prefikser.size());
        for (String prefiks : prefikser) {
            ut.add(prefiks + rest);
        }
        return ut;
    }

    /** The concrete item paths of list template {@code liste} (ends in {@code /-}), remembered: fields share lists. */
    private List<String> elementer(String liste) {
        List<String> kjent = elementer.get(liste);
        if (kjent != null) {
            return kjent;
        }
        String listesti = liste.substring(0, liste.length() - 2);
        List<String> ut = new ArrayList<>();
        for (String konkret : sisteListe(listesti) < 0 ? List.of(listesti) : foreldre(listesti)) {
            JsonNode node = node(konkret);
            for (int i = listestart.getOrDefault(liste, 0); node.isArray() && i < node.size(); i++) {
                ut.add(konkret + "/" + i);
            }
        }
        elementer.put(liste, ut);
        return ut;
    }

    /** The concrete paths of a list inside another list; none when the outer list has no items. */
    private List<String> foreldre(String listesti) {
        List<String> ut = konkrete(listesti);
        return ut.size() == 1 && ut.get(0).equals(listesti) ? List.of() : ut;
    }

    /** Index of the last {@code /-} segment of a template path, or -1. */
    private static int sisteListe(String mal) {
        for (int i = mal.lastIndexOf("/-"); i >= 0; i = mal.lastIndexOf("/-", i - 1)) {
            if (i + 2 == mal.length() || mal.charAt(i + 2) == '/') {
                return i;
            }
        }
        return -1;
    }
}
