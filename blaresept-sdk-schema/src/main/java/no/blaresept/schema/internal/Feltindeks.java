package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.blaresept.schema.Felt;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a model by template path, in schema order, and the mapping from concrete paths
 * ({@code /diagnoser/0/kode}) to templates ({@code /diagnoser/-/kode}). Below a cut field it hands out the
 * sub-models that continue into the answers ({@link #under}). Immutable and thread-safe (the cache of fields
 * moved below cuts is concurrent and bounded).
 */
final class Feltindeks {
    private static final int MAKS_FLYTTET = 1_000;

    private final Map<String, FeltInfo> felter;
    private final Map<String, Integer> listestart;
    private final List<FeltInfo> liste;
    private final List<Felt> felterListe;
    /** The cut fields: below them the sub-models take over. */
    private final List<FeltInfo> kuttet;
    private final Delmodeller deler;
    /** How many segments the deepest list item template has: deeper segments are never list indexes here. */
    private final int listedybde;
    /**
     * This part's fields with the template paths of the places it is applied at: by that place, then by
     * field. Keyed by the place, a string each application builds once, so a look-up per state is cheap.
     */
    private final Map<String, Map<FeltInfo, Felt>> flyttet = new ConcurrentHashMap<>();

    /** @param listestart list item templates ({@code /liste/-}) and the first index each governs (after a tuple) */
    Feltindeks(Map<String, FeltInfo> felter, Map<String, Integer> listestart, Delmodeller deler) {
        this.felter = Map.copyOf(felter);
        this.listestart = Map.copyOf(listestart);
        this.liste = List.copyOf(felter.values());
        this.felterListe = liste.stream().map(FeltInfo::felt).toList();
        this.kuttet = liste.stream().filter(i -> !i.kutt().isEmpty()).toList();
        this.deler = deler;
        this.listedybde = this.listestart.keySet().stream().mapToInt(JsonStier::segmenter).max().orElse(0);
    }

    /** Every field's information, in schema order (the order of every state list). */
    List<FeltInfo> liste() {
        return liste;
    }

    List<Felt> felter() {
        return felterListe;
    }

    /** The field at a template path of this part, or null. */
    @Nullable FeltInfo info(String mal) {
        return felter.get(mal);
    }

    /** The cut field a template path lies below, or null. */
    @Nullable FeltInfo kuttOver(String mal) {
        for (FeltInfo info : kuttet) {
            String sti = info.felt().sti();
            if (mal.length() > sti.length() && mal.startsWith(sti) && mal.charAt(sti.length()) == '/') {
                return info;
            }
        }
        return null;
    }

    /**
     * The sub-models that continue field {@code info} into its value at concrete {@code sti}: one per
     * definition its cut declarations name (nearly always one); none unless the field is cut and the value is
     * an object or array.
     */
    List<Anvendelse> under(Evaluering e, FeltInfo info, String sti) {
        if (info.kutt().isEmpty()) {
            return List.of();
        }
        JsonNode verdi = e.node(sti);
        if (!verdi.isContainerNode()) {
            return List.of();
        }
        if (info.kutt().size() == 1) {
            Kutt k = info.kutt().get(0);
            return List.of(new Anvendelse(deler.del(k.nokkel()), verdi, e.aktiv(k.kjede(), sti, info.utenListe())));
        }
        Map<Kutt.Nokkel, Boolean> aktive = new LinkedHashMap<>();
        for (Kutt k : info.kutt()) {
            aktive.merge(k.nokkel(), e.aktiv(k.kjede(), sti, info.utenListe()), Boolean::logicalOr);
        }
        List<Anvendelse> ut = new ArrayList<>(aktive.size());
        aktive.forEach((nokkel, aktiv) -> ut.add(new Anvendelse(deler.del(nokkel), verdi, aktiv)));
        return ut;
    }

    /** The sub-model a path below cut field {@code info} at {@code sti} goes into: the first that applies, else the first. */
    Anvendelse velg(Evaluering e, FeltInfo info, String sti) {
        List<Anvendelse> under = under(e, info, sti);
        for (Anvendelse a : under) {
            if (a.aktiv()) {
                return a;
            }
        }
        return under.isEmpty() ? new Anvendelse(deler.del(info.kutt().get(0).nokkel()), e.node(sti), false)
                : under.get(0);
    }

    /** The field as it stands where this part is applied at template path {@code mal} ({@code ""}: itself). */
    Felt flyttet(FeltInfo info, String mal) {
        if (mal.isEmpty()) {
            return info.felt();
        }
        Map<FeltInfo, Felt> her = flyttet.get(mal);
        if (her == null) {
            her = new ConcurrentHashMap<>(); // FeltInfo has identity equality: one key per field of this part
            if (flyttet.size() < MAKS_FLYTTET) {
                flyttet.put(mal, her);
            }
        }
        return her.computeIfAbsent(info, i -> Feltkopi.med(i.felt(), mal + i.felt().sti()));
    }

    /** A new evaluation of the model against {@code svar}. */
    Evaluering evaluering(JsonNode svar) {
        return new Evaluering(svar, listestart);
    }

    /**
     * Concrete → template path: list indexes become {@code -}, except a tuple's positions. Only the segments
     * as deep as this part's lists go are looked at; the rest of a deep path (below a cut) is kept as it is.
     */
    String mal(String sti) {
        JsonStier.peker(sti);
        if (felter.containsKey(sti) || listestart.isEmpty()) {
            return sti;
        }
        String hode = JsonStier.forste(sti, listedybde);
        StringBuilder mal = new StringBuilder();
        for (String segment : hode.substring(Math.min(1, hode.length())).split("/", -1)) {
            Integer start = listestart.get(mal + "/-");
            mal.append('/').append(start != null && !segment.isEmpty() && segment.chars().allMatch(Character::isDigit)
                    && (segment.length() > 9 || Integer.parseInt(segment) >= start) ? "-" : segment);
        }
        return mal.append(sti, hode.length(), sti.length()).toString();
    }
}
