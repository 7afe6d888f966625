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
 * and the attachment checks that go with whole-document validation ({@link EveritSkjema}'s). Field by field,
 * a declaration inside a {@code oneOf}/{@code anyOf} branch is not judged on its own: the whole choice is, at
 * the object that holds it, as are the rules that belong to no single field ({@link Gruppekontroll}). So the
 * field-by-field verdict has an error exactly when the whole document has one. Below a cut field, the
 * sub-model that continues it judges the value there while the cut declaration applies. Immutable and
 * thread-safe.
 */
final class Feltvalidering {
    private static final Comparator<Valideringsfeil> ORDEN =
            Comparator.comparing(Valideringsfeil::sti).thenComparing(Valideringsfeil::kode);

    private final Feltindeks indeks;
    private final List<Gruppekontroll> gruppekontroller;

    Feltvalidering(Feltindeks indeks, List<Gruppekontroll> gruppekontroller) {
        this.indeks = indeks;
        this.gruppekontroller = List.copyOf(gruppekontroller);
    }

    /**
     * Errors of one field of this part now: required, and its value against every declaration that applies.
     *
     * @param rot the value this part is applied to
     * @param info the field
     * @param sti the field's concrete path in {@code rot}
     * @param konkret the path of {@code rot} in the answers, which error paths start with
     */
    List<Valideringsfeil> validerFelt(JsonNode rot, FeltInfo info, String sti, String konkret) {
        Evaluering e = indeks.evaluering(rot);
        return sortert(feltfeil(e, info, Synlighet.tilstand(e, info, sti), konkret));
    }

    /** Field by field over all visible fields, plus the checks on objects as a whole. */
    List<Valideringsfeil> validerFeltvis(ObjectNode svar) {
        List<Valideringsfeil> ut = new ArrayList<>();
        feltvis(svar, "", ut);
        return sortert(ut);
    }

    /** {@link #validerFeltvis} of this part applied to {@code rot} at {@code konkret}, and below its cuts. */
    private void feltvis(JsonNode rot, String konkret, List<Valideringsfeil> ut) {
        Evaluering e = indeks.evaluering(rot);
        for (FeltInfo info : indeks.liste()) {
            for (String sti : e.konkrete(info.felt().sti())) {
                ut.addAll(feltfeil(e, info, Synlighet.tilstand(e, info, sti), konkret));
                for (Anvendelse a : indeks.under(e, info, sti)) {
                    if (a.aktiv()) {
                        a.del().validering().feltvis(a.rot(), konkret + sti, ut);
                    }
                }
            }
        }
        for (Gruppekontroll k : gruppekontroller) {
            boolean utenListe = !k.instans().contains("/-");
            for (String sti : e.konkrete(k.instans())) {
                JsonNode verdi = e.node(sti);
                if (!verdi.isMissingNode() && Kjeder.forsteAlternativ(k.kjede()) < 0
                        && e.aktiv(k.kjede(), sti, utenListe)) {
                    ut.addAll(k.skjema().valider(verdi, konkret + sti));
                }
            }
        }
    }

    private static List<Valideringsfeil> feltfeil(Evaluering e, FeltInfo info, FeltTilstand t, String konkret) {
        if (!t.synlig()) {
            return List.of();
        }
        JsonNode verdi = e.node(t.sti());
        String sti = konkret.isEmpty() ? t.sti() : konkret + t.sti();
        if (verdi.isMissingNode()) {
            return t.pakrevd() ? List.of(Valideringsfeil.of(sti, Feilkode.PAKREVD)) : List.of();
        }
        List<Valideringsfeil> ut = new ArrayList<>();
        for (Deklarasjon d : info.deklarasjoner()) {
            if (!d.iAlternativ() && e.aktiv(d.kjede(), t.sti(), info.utenListe())) {
                ut.addAll(d.skjema().valider(verdi, sti));
            }
        }
        Vedleggskontroll.kontroller(info.felt(), verdi, sti).ifPresent(ut::add);
        return ut;
    }

    /**
     * The content checks of every visible attachment field of this part applied to {@code rot} at
     * {@code konkret}, and below its cuts (everit knows nothing of file content).
     */
    void vedleggsfeil(JsonNode rot, String konkret, List<Valideringsfeil> ut) {
        Evaluering e = indeks.evaluering(rot);
        for (FeltInfo info : indeks.liste()) {
            boolean vedlegg = info.felt().vedlegg().isPresent();
            if (!vedlegg && info.kutt().isEmpty()) {
                continue;
            }
            for (String sti : e.konkrete(info.felt().sti())) {
                if (vedlegg && Synlighet.tilstand(e, info, sti).synlig()) {
                    Vedleggskontroll.kontroller(info.felt(), e.node(sti), konkret + sti).ifPresent(ut::add);
                }
                for (Anvendelse a : indeks.under(e, info, sti)) {
                    if (a.aktiv()) {
                        a.del().validering().vedleggsfeil(a.rot(), konkret + sti, ut);
                    }
                }
            }
        }
    }

    static List<Valideringsfeil> sortert(List<Valideringsfeil> feil) {
        return List.copyOf(new LinkedHashSet<>(feil.stream().sorted(ORDEN).toList()));
    }
}
