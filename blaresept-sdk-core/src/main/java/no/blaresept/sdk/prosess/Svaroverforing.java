package no.blaresept.sdk.prosess;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.Felt;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SkjemaEndring;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.SkjemaTilstand;
import no.blaresept.schema.Svar;
import no.blaresept.schema.internal.JsonStier;
import no.blaresept.sdk.internal.DelteSkjemaer;

/**
 * Answers given under one schema version, carried over to a newer one (F-4.2 – F-4.4), with a report per
 * field. {@link SkjemaEndring} decides how:
 * <ul>
 *   <li><b>minor</b> (or no change): the answers are moved — answers of removed fields are dropped (and kept
 *       in {@link #forkastet()}), everything else is kept as it was;</li>
 *   <li><b>major</b>: the answers are left untouched ({@link #svar()} is what was given) and the report marks
 *       every answer whose field was removed, changed type or input kind, or no longer accepts it as
 *       {@link Overforingsstatus#MA_VURDERES}: the doctor must look at it again once the EPJ supports the
 *       new version (F-4.4).</li>
 * </ul>
 * Either way, fields the new version asks for now that the doctor has not answered — new fields shown now,
 * and fields that became required — are {@link Overforingsstatus#MA_FYLLES_UT}, and a kept answer that
 * fitted the old rules but not the new ones is too. Nothing is lost without a line in the report.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows versions and counts only, never an answer.
 */
public final class Svaroverforing {

    private final SkjemaEndring endring;
    private final Svar svar;
    private final Svar forkastet;
    private final List<Feltoverforing> felter;

    private Svaroverforing(SkjemaEndring endring, Svar svar, Svar forkastet, List<Feltoverforing> felter) {
        this.endring = endring;
        this.svar = svar;
        this.forkastet = forkastet;
        this.felter = List.copyOf(felter);
    }

    /**
     * Carries answers from one schema version to another.
     *
     * @param gammeltSkjema the complete schema the answers were given under
     * @param nyttSkjema    the complete schema of the version to carry them to
     * @param svar          the answers (the prefilled ones included, when they are to be carried too)
     * @return the carried answers and the report
     * @throws no.blaresept.schema.SkjemaException when either schema is malformed, hostile or too large
     */
    public static Svaroverforing of(JsonNode gammeltSkjema, JsonNode nyttSkjema, Svar svar) {
        Objects.requireNonNull(gammeltSkjema, "gammeltSkjema");
        Objects.requireNonNull(nyttSkjema, "nyttSkjema");
        Objects.requireNonNull(svar, "svar");
        SkjemaEndring endring = SkjemaEndring.sammenlign(gammeltSkjema, nyttSkjema);
        // The shared models: both versions are usually the ones the service sent, already built for their parts.
        SkjemaModell gammel = DelteSkjemaer.delt(gammeltSkjema).modell();
        SkjemaModell ny = DelteSkjemaer.delt(nyttSkjema).modell();
        boolean flytt = endring.utenUtvikling();

        List<String> besvarte = new ArrayList<>();
        finnBesvarte(svar.json(), "", gammel, ny, besvarte);
        Svar flyttet = svar;
        Svar forkastet = Svar.empty();
        List<Feltoverforing> rapport = new ArrayList<>();
        for (String sti : besvarte) {
            Optional<Felt> nytt = ny.felt(sti);
            Optional<Felt> gammelt = gammel.felt(sti);
            if (nytt.isEmpty() && gammelt.isPresent() && flytt) {
                forkastet = forkastet.med(sti, svar.verdi(sti).orElseThrow());
                flyttet = flyttet.uten(sti);
                rapport.add(new Feltoverforing(sti, Overforingsstatus.FJERNET));
            } else if (nytt.isEmpty() && gammelt.isPresent() || nytt.isPresent() && gammelt.isPresent()
                    && annenInndata(gammelt.get(), nytt.get())) {
                rapport.add(new Feltoverforing(sti, Overforingsstatus.MA_VURDERES));
            } else {
                rapport.add(new Feltoverforing(sti, Overforingsstatus.BEHOLDT));
            }
        }
        // Checked once the dropped answers are gone: a rule may read another field's answer.
        for (int i = 0; i < rapport.size(); i++) {
            String sti = rapport.get(i).sti();
            if (rapport.get(i).status() == Overforingsstatus.BEHOLDT && ny.felt(sti).isPresent()
                    && !ny.validerFelt(flyttet, sti).isEmpty()
                    && (gammel.felt(sti).isEmpty() || gammel.validerFelt(svar, sti).isEmpty())) {
                rapport.set(i, new Feltoverforing(sti, flytt ? Overforingsstatus.MA_FYLLES_UT : Overforingsstatus.MA_VURDERES));
            }
        }
        nyeKrav(gammel.tilstand(svar), ny.tilstand(flyttet), gammel, flyttet, rapport);
        return new Svaroverforing(endring, flyttet, forkastet, rapport);
    }

    /** The answered fields, deepest declared: groups and lists are walked into, values reported where they sit. */
    private static void finnBesvarte(JsonNode node, String sti, SkjemaModell gammel, SkjemaModell ny, List<String> ut) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                besok(node.get(i), sti + "/" + i, gammel, ny, ut);
            }
        } else {
            node.properties().forEach(e -> besok(e.getValue(), JsonStier.barn(sti, e.getKey()), gammel, ny, ut));
        }
    }

    private static void besok(JsonNode verdi, String sti, SkjemaModell gammel, SkjemaModell ny, List<String> ut) {
        Optional<Felt> deklarert = ny.felt(sti).or(() -> gammel.felt(sti));
        if (verdi.isContainerNode() && deklarert.map(f -> erBeholder(f.type())).orElse(true)) {
            finnBesvarte(verdi, sti, gammel, ny, ut);
        } else {
            ut.add(sti);
        }
    }

    /** Unanswered fields the new version asks for now and the old one did not. */
    private static void nyeKrav(SkjemaTilstand forTilstand, SkjemaTilstand naTilstand, SkjemaModell gammel, Svar svar,
                                List<Feltoverforing> rapport) {
        for (FeltTilstand t : naTilstand.felter()) {
            boolean malbar = t.synlig() && t.felt().krevesManuellInput() && !erBeholder(t.felt().type())
                    && !t.sti().contains("/-") && !svar.harVerdi(t.sti());
            boolean nyttKrav = gammel.felt(t.sti()).isEmpty() || t.pakrevd() && !forTilstand.pakrevd(t.sti());
            if (malbar && nyttKrav) {
                rapport.add(new Feltoverforing(t.sti(), Overforingsstatus.MA_FYLLES_UT));
            }
        }
    }

    private static boolean annenInndata(Felt gammelt, Felt nytt) {
        return gammelt.type() != nytt.type() || gammelt.krevesManuellInput() != nytt.krevesManuellInput();
    }

    private static boolean erBeholder(FeltType type) {
        return type == FeltType.GRUPPE || type == FeltType.LISTE;
    }

    /** The comparison of the two versions that drove the carry-over. */
    public SkjemaEndring endring() {
        return endring;
    }

    /** Whether the answers were moved to the new version (a minor change or none); false under a major change. */
    public boolean flyttet() {
        return endring.utenUtvikling();
    }

    /** The answers to go on with: moved to the new version, or, under a major change, untouched. */
    public Svar svar() {
        return svar;
    }

    /** The answers that were dropped because their fields were removed, at their old paths; empty when none. */
    public Svar forkastet() {
        return forkastet;
    }

    /** The report: one line per answered field and per field that now needs input, answers first. */
    public List<Feltoverforing> felter() {
        return felter;
    }

    /** The report's lines with one status. */
    public List<Feltoverforing> felter(Overforingsstatus status) {
        Objects.requireNonNull(status, "status");
        return felter.stream().filter(f -> f.status() == status).toList();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Svaroverforing[").append(endring.gammelVersjon().orElse("?")).append(" → ")
                .append(endring.nyVersjon().orElse("?")).append(", ").append(endring.klassifisering());
        for (Overforingsstatus status : Overforingsstatus.values()) {
            s.append(", ").append(status).append('=').append(felter(status).size());
        }
        return s.append(']').toString();
    }
}
