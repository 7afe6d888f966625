package no.blaresept.schema.internal;

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
 * ({@link Evaluering#krever}).
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

    /** Every field's state from scratch, concrete per list item. */
    Tilstandsminne.Lagret beregn(ObjectNode svar) {
        List<FeltInfo> infoListe = indeks.liste();
        Evaluering e = indeks.evaluering(svar);
        List<FeltTilstand> ut = new ArrayList<>(infoListe.size());
        int[] start = new int[infoListe.size() + 1];
        for (int i = 0; i < infoListe.size(); i++) {
            FeltInfo info = infoListe.get(i);
            start[i] = ut.size();
            if (info.utenListe()) {
                ut.add(tilstand(e, info, info.felt().sti()));
                continue;
            }
            for (String sti : e.konkrete(info.felt().sti())) {
                ut.add(tilstand(e, info, sti));
            }
        }
        start[infoListe.size()] = ut.size();
        return new Tilstandsminne.Lagret(this, Collections.unmodifiableList(ut), start);
    }

    private Tilstandsminne.Lagret omregn(ObjectNode svar, Tilstandsminne.Lagret grunnlag, String endret) {
        int[] berorte = avhengigheter.virkning(indeks.mal(endret)).felter();
        if (berorte.length == 0) {
            return grunnlag;
        }
        Evaluering e = indeks.evaluering(svar);
        FeltTilstand[] ut = grunnlag.tilstand().toArray(new FeltTilstand[0]);
        for (int i : berorte) {
            FeltInfo info = indeks.liste().get(i);
            for (int j = grunnlag.start()[i]; j < grunnlag.start()[i + 1]; j++) {
                ut[j] = tilstand(e, info, ut[j].sti());
            }
        }
        return new Tilstandsminne.Lagret(this, Collections.unmodifiableList(Arrays.asList(ut)), grunnlag.start());
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
