package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import no.blaresept.schema.FeltTilstand;

/**
 * Visibility and required-now of every field, with the memory that lets a keystroke recompute only the
 * fields whose conditions read the changed answer. Immutable and thread-safe; the memory lives in the
 * answers' {@link Tilstandsminne}.
 *
 * <p>A field is visible when a declaration of it applies or it is required now. Required-now is the
 * draft-07 removal oracle: a rule outside {@code oneOf}/{@code anyOf} applies when its branch conditions
 * hold and the parent object exists; a rule inside a branch is asked of the whole choice
 * ({@link Evaluering#krever}). Below a cut field, each value in the answers gets the states of the
 * definition's sub-model, active while the cut declaration applies: as deep as the answers go.
 */
final class Synlighet {
    private final Feltindeks indeks;
    private final Avhengigheter avhengigheter;

    Synlighet(Feltindeks indeks) {
        this.indeks = indeks;
        this.avhengigheter = new Avhengigheter(indeks.liste());
    }

    /**
     * Whether setting a value at {@code sti} can change any field's visibility: only if the path is, or
     * lies above or below, a path some branch condition reads.
     */
    boolean kanEndreSynlighet(String sti) {
        return avhengigheter.virkning(indeks.mal(sti)).synlighet();
    }

    /**
     * The state of every field, remembered in {@code minne}. When the answers are one leaf change away from
     * answers whose state was computed, only the fields whose conditions read the changed path are
     * recomputed; every other entry is the previous one (the list structure cannot have changed).
     */
    Tilstandsminne.Lagret lagret(ObjectNode svar, Tilstandsminne minne) {
        Tilstandsminne.Lagret lagret = minne.lagret(this);
        if (lagret == null) {
            Tilstandsminne.Lagret grunnlag = minne.grunnlag(this);
            String endret = minne.endretSti();
            lagret = grunnlag == null || endret == null ? beregn(svar) : omregn(svar, grunnlag, endret);
            minne.lagre(lagret);
        }
        return lagret;
    }

    /** Every field's state from scratch, concrete per list item, and below cut fields as deep as the answers go. */
    Tilstandsminne.Lagret beregn(ObjectNode svar) {
        List<FeltInfo> infoListe = indeks.liste();
        Evaluering e = indeks.evaluering(svar);
        List<FeltTilstand> ut = new ArrayList<>(infoListe.size());
        int[] start = new int[infoListe.size() + 1];
        for (int i = 0; i < infoListe.size(); i++) {
            start[i] = ut.size();
            felttilstander(e, infoListe.get(i), "", "", true, ut);
        }
        start[infoListe.size()] = ut.size();
        return new Tilstandsminne.Lagret(this, Collections.unmodifiableList(ut), start);
    }

    /**
     * The states of every field of this part, applied to {@code rot}: the value at concrete path
     * {@code konkret} and template path {@code mal} ({@code ""} for the whole answers). {@code aktiv} false:
     * a cut above does not apply, so all are hidden.
     */
    private void alle(JsonNode rot, String konkret, String mal, boolean aktiv, List<FeltTilstand> ut) {
        Evaluering e = indeks.evaluering(rot);
        for (FeltInfo info : indeks.liste()) {
            felttilstander(e, info, konkret, mal, aktiv, ut);
        }
    }

    /** One field's states (per list item), each followed by the states below it where it is cut. */
    private void felttilstander(Evaluering e, FeltInfo info, String konkret, String mal, boolean aktiv,
            List<FeltTilstand> ut) {
        if (info.utenListe() && info.kutt().isEmpty() && konkret.isEmpty()) { // the common case, kept lean
            ut.add(tilstand(e, info, info.felt().sti()));
            return;
        }
        for (String sti : e.konkrete(info.felt().sti())) {
            FeltTilstand t = tilstand(e, info, sti);
            ut.add(konkret.isEmpty() && aktiv ? t : new FeltTilstand(konkret + sti, indeks.flyttet(info, mal),
                    aktiv && t.synlig(), aktiv && t.pakrevd()));
            for (Anvendelse a : indeks.under(e, info, sti)) {
                a.del().synlighet().alle(a.rot(), konkret + sti, mal + info.felt().sti(), aktiv && a.aktiv(), ut);
            }
        }
    }

    private Tilstandsminne.Lagret omregn(ObjectNode svar, Tilstandsminne.Lagret grunnlag, String endret) {
        int[] berorte = avhengigheter.virkning(indeks.mal(endret)).felter();
        if (berorte.length == 0) {
            return grunnlag;
        }
        Evaluering e = indeks.evaluering(svar);
        FeltTilstand[] ut = grunnlag.tilstand().toArray(new FeltTilstand[0]);
        int[] start = grunnlag.start();
        for (int i : berorte) {
            FeltInfo info = indeks.liste().get(i);
            if (!info.kutt().isEmpty()) { // what lies below a cut is evaluated again as a whole
                List<FeltTilstand> ny = new ArrayList<>();
                felttilstander(e, info, "", "", true, ny);
                if (ny.size() != start[i + 1] - start[i]) {
                    return beregn(svar);
                }
                for (int j = 0; j < ny.size(); j++) {
                    ut[start[i] + j] = ny.get(j);
                }
                continue;
            }
            for (int j = start[i]; j < start[i + 1]; j++) {
                ut[j] = tilstand(e, info, ut[j].sti());
            }
        }
        return new Tilstandsminne.Lagret(this, Collections.unmodifiableList(Arrays.asList(ut)), start);
    }

    /** The state of one field at a concrete path. */
    static FeltTilstand tilstand(Evaluering e, FeltInfo info, String sti) {
        boolean utenListe = info.utenListe();
        boolean pakrevd = e.node(utenListe ? info.forelder() : JsonStier.forelder(sti)).isObject()
                && noenKrever(e, info.regler(), sti, utenListe);
        boolean synlig = pakrevd || (info.deklarasjoner().isEmpty() ? noenAktiv(e, info.regler(), sti, utenListe)
                : noenAktivDeklarasjon(e, info.deklarasjoner(), sti, utenListe));
        return new FeltTilstand(sti, info.felt(), synlig, pakrevd);
    }

    // Plain loops: this runs for every field on every keystroke.
    private static boolean noenAktivDeklarasjon(Evaluering e, List<Deklarasjon> deklarasjoner, String sti,
            boolean utenListe) {
        for (int i = 0; i < deklarasjoner.size(); i++) {
            if (e.aktiv(deklarasjoner.get(i).kjede(), sti, utenListe)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noenAktiv(Evaluering e, List<PakrevdRegel> regler, String sti, boolean utenListe) {
        for (int i = 0; i < regler.size(); i++) {
            if (e.aktiv(regler.get(i).kjede(), sti, utenListe)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noenKrever(Evaluering e, List<PakrevdRegel> regler, String sti, boolean utenListe) {
        for (int i = 0; i < regler.size(); i++) {
            if (e.krever(regler.get(i), sti, utenListe)) {
                return true;
            }
        }
        return false;
    }
}
