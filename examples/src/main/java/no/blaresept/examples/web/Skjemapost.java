package no.blaresept.examples.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Valideringsfeil;

/**
 * A posted form part: takes over every answer the page holds (so nothing typed is lost if a live
 * update was still on its way), then adds or removes a list item, or checks the part before going on.
 * Values of fields hidden after this are removed, so they are never sent.
 *
 * <p>Stateless and thread-safe.
 */
final class Skjemapost {
    private Skjemapost() {
    }

    /** What the doctor asked for with the button: go on, or add/remove a list item. */
    sealed interface Handling {
        record Neste() implements Handling {
        }

        record LeggTil(String liste) implements Handling {
        }

        record Fjern(String element) implements Handling {
        }

        /** The button's value: {@code neste}, {@code legg-til /liste} or {@code fjern /liste/0}. */
        static Optional<Handling> les(String verdi) {
            if (verdi == null || verdi.equals("neste")) {
                return Optional.of(new Neste());
            } else if (verdi.startsWith("legg-til ")) {
                return Optional.of(new LeggTil(verdi.substring(9)));
            } else if (verdi.startsWith("fjern ")) {
                return Optional.of(new Fjern(verdi.substring(6)));
            }
            return Optional.empty();
        }
    }

    /** The answers with every posted field taken over; a visible field not posted (no radio chosen) is left blank. */
    static Svar taOver(SkjemaModell modell, Svar svar, Map<String, String> felt) {
        Svar ny = svar;
        for (FeltTilstand t : modell.tilstand(svar).felter()) {
            if (!erInput(t) || t.felt().type() == FeltType.VEDLEGG) {
                continue; // attachments are uploaded on their own, not posted with the form
            }
            String verdi = felt.containsKey(t.sti()) ? felt.get(t.sti()) : t.synlig() ? "" : null;
            if (verdi != null && !verdi.strip().equals(Verdier.tilTekst(ny, t.sti()))) { // unchanged answers keep their type
                ny = Verdier.sett(modell, ny, t, verdi);
            }
        }
        return modell.rens(ny);
    }

    /** Applies a list button; empty if it names no list (item) of this form. */
    static Optional<Svar> endreListe(SkjemaModell modell, Svar svar, Handling handling) {
        if (handling instanceof Handling.LeggTil leggTil && erListe(modell, svar, leggTil.liste())) {
            return Optional.of(svar.med(leggTil.liste() + "/-", JsonNodeFactory.instance.objectNode()));
        }
        if (handling instanceof Handling.Fjern fjern && fjern.element().matches(".*/[0-9]{1,4}")
                && erListe(modell, svar, Skjemarenderer.forelder(fjern.element())) && svar.harVerdi(fjern.element())) {
            return Optional.of(modell.rens(svar.uten(fjern.element())));
        }
        return Optional.empty();
    }

    /** The model's field-by-field check of the visible fields, as messages per field. */
    static List<Okt.Feilmelding> kontroller(SkjemaModell modell, Svar svar) {
        List<Okt.Feilmelding> feil = new ArrayList<>();
        for (Valideringsfeil f : modell.validerFeltvis(svar).feil()) {
            feil.add(new Okt.Feilmelding(f.sti(), f.melding()));
        }
        return feil;
    }

    /** Messages grouped per field path, in the order given. */
    static Map<String, List<String>> perFelt(List<Okt.Feilmelding> feil) {
        Map<String, List<String>> perFelt = new LinkedHashMap<>();
        feil.forEach(f -> perFelt.computeIfAbsent(f.sti(), k -> new ArrayList<>()).add(f.melding()));
        return perFelt;
    }

    /**
     * A field of the page the doctor gives a value: a concrete path (not a list's template), not prefilled,
     * not a group or list. The only fields a post or a live change may set.
     */
    static boolean erInput(FeltTilstand t) {
        FeltType type = t.felt().type();
        return t.felt().krevesManuellInput() && !t.sti().contains("/-") && type != FeltType.GRUPPE && type != FeltType.LISTE;
    }

    private static boolean erListe(SkjemaModell modell, Svar svar, String sti) {
        return modell.tilstand(svar).felt(sti).filter(t -> t.felt().type() == FeltType.LISTE && t.synlig()).isPresent();
    }
}
