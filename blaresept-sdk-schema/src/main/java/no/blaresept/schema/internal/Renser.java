package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import no.blaresept.schema.FeltTilstand;

/**
 * Removes the values of hidden fields: the values whose only declarations are in branches that do not
 * apply. Undeclared keys are kept (they are not the model's to judge). Immutable and thread-safe.
 */
public final class Renser {
    private final Synlighet synlighet;
    private final int maksRunder;

    Renser(Synlighet synlighet, int antallFelt) {
        this.synlighet = synlighet;
        this.maksRunder = antallFelt;
    }

    /** The answers after cleaning, and what they remember: the state its last round computed. Immutable. */
    public record Renset(ObjectNode svar, Tilstandsminne minne) {
    }

    /**
     * Repeated until nothing more hides (removals can hide more). The first round uses the state remembered
     * in {@code minne}; the state of the final round is handed on with the result.
     */
    Renset rens(ObjectNode svar, Tilstandsminne minne) {
        ObjectNode naa = svar;
        Tilstandsminne.Lagret tilstand = synlighet.lagret(svar, minne);
        for (int runde = 0; runde <= maksRunder; runde++) {
            List<String> skjulte = skjulteMedVerdi(naa, tilstand.tilstand());
            if (skjulte.isEmpty()) {
                return new Renset(naa, naa == svar ? minne : Tilstandsminne.med(tilstand));
            }
            for (String sti : skjulte) {
                naa = SvarDokument.uten(naa, JsonStier.peker(sti));
            }
            tilstand = synlighet.beregn(naa);
        }
        return new Renset(naa, Tilstandsminne.tomt());
    }

    /** Paths of hidden fields that have a value, outermost only (removing a group removes its fields). */
    private static List<String> skjulteMedVerdi(ObjectNode svar, List<FeltTilstand> tilstand) {
        List<String> skjulte = new ArrayList<>();
        for (int i = 0; i < tilstand.size(); i++) {
            FeltTilstand t = tilstand.get(i);
            if (!t.synlig() && !svar.at(Pekere.av(t.sti())).isMissingNode() && !underAnnen(skjulte, t.sti())) {
                skjulte.add(t.sti());
            }
        }
        return skjulte;
    }

    private static boolean underAnnen(List<String> skjulte, String sti) {
        for (String s : skjulte) {
            if (sti.startsWith(s + "/")) {
                return true;
            }
        }
        return false;
    }
}
