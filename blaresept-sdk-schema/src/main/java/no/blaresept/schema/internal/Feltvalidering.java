package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import no.blaresept.schema.Feilkode;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.Valideringsfeil;

/**
 * Validation: of one field (each keystroke), field by field over the whole form (the model's own verdict),
 * and of the whole document (everit). Field by field, a declaration inside a {@code oneOf}/{@code anyOf}
 * branch is not judged on its own: the whole choice is, at the object that holds it, as are the rules that
 * belong to no single field ({@link Gruppekontroll}). So the field-by-field verdict has an error exactly when
 * the whole document has one. Immutable and thread-safe.
 */
final class Feltvalidering {
    private static final Comparator<Valideringsfeil> ORDEN =
            Comparator.comparing(Valideringsfeil::sti).thenComparing(Valideringsfeil::kode);

    private final Feltindeks indeks;
    private final List<Gruppekontroll> gruppekontroller;
    private final EveritSkjema helhet;

    Feltvalidering(Feltindeks indeks, List<Gruppekontroll> gruppekontroller, EveritSkjema helhet) {
        this.indeks = indeks;
        this.gruppekontroller = List.copyOf(gruppekontroller);
        this.helhet = helhet;
    }

    /** Errors of one field now: required, and its value against every declaration that applies. */
    List<Valideringsfeil> validerFelt(ObjectNode svar, String sti) {
        Evaluering e = indeks.evaluering(svar);
        FeltInfo info = indeks.info(sti);
        return sortert(feltfeil(e, info, Synlighet.tilstand(e, info, sti)));
    }

    /** Field by field over all visible fields, plus the checks on objects as a whole. */
    List<Valideringsfeil> validerFeltvis(ObjectNode svar) {
        Evaluering e = indeks.evaluering(svar);
        List<Valideringsfeil> ut = new ArrayList<>();
        for (FeltInfo info : indeks.liste()) {
            for (String sti : e.konkrete(info.felt().sti())) {
                ut.addAll(feltfeil(e, info, Synlighet.tilstand(e, info, sti)));
            }
        }
        for (Gruppekontroll k : gruppekontroller) {
            boolean utenListe = !k.instans().contains("/-");
            for (String sti : e.konkrete(k.instans())) {
                JsonNode verdi = e.node(sti);
                if (!verdi.isMissingNode() && Kjeder.forsteAlternativ(k.kjede()) < 0
                        && e.aktiv(k.kjede(), sti, utenListe)) {
                    ut.addAll(k.skjema().valider(verdi, sti));
                }
            }
        }
        return sortert(ut);
    }

    private static List<Valideringsfeil> feltfeil(Evaluering e, FeltInfo info, FeltTilstand t) {
        if (!t.synlig()) {
            return List.of();
        }
        JsonNode verdi = e.node(t.sti());
        if (verdi.isMissingNode()) {
            return t.pakrevd() ? List.of(Valideringsfeil.of(t.sti(), Feilkode.PAKREVD)) : List.of();
        }
        List<Valideringsfeil> ut = new ArrayList<>();
        for (Deklarasjon d : info.deklarasjoner()) {
            if (!d.iAlternativ() && e.aktiv(d.kjede(), t.sti(), info.utenListe())) {
                ut.addAll(d.skjema().valider(verdi, t.sti()));
            }
        }
        Vedleggskontroll.kontroller(info.felt(), verdi, t.sti()).ifPresent(ut::add);
        return ut;
    }

    /** The whole document against the whole schema (everit), plus attachment content checks. */
    List<Valideringsfeil> validerAlle(ObjectNode svar) {
        List<Valideringsfeil> ut = new ArrayList<>(helhet.valider(svar, ""));
        Evaluering e = indeks.evaluering(svar);
        for (FeltInfo info : indeks.liste()) {
            if (info.felt().vedlegg().isPresent()) {
                for (String sti : e.konkrete(info.felt().sti())) {
                    if (Synlighet.tilstand(e, info, sti).synlig()) {
                        Vedleggskontroll.kontroller(info.felt(), e.node(sti), sti).ifPresent(ut::add);
                    }
                }
            }
        }
        return sortert(ut);
    }

    private static List<Valideringsfeil> sortert(List<Valideringsfeil> feil) {
        return List.copyOf(new LinkedHashSet<>(feil.stream().sorted(ORDEN).toList()));
    }
}
