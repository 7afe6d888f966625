package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.blaresept.schema.Feilkode;
import no.blaresept.schema.Felt;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.Kodeverk;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;
import no.blaresept.schema.SkjemaGrenser;
import no.blaresept.schema.Valideringsfeil;

/**
 * The compiled form model behind {@code SkjemaModell}: immutable after construction and safe to share;
 * every method works on an answers tree it never modifies.
 */
public final class ModellKjerne {
    private static final Comparator<Valideringsfeil> ORDEN =
            Comparator.comparing(Valideringsfeil::sti).thenComparing(Valideringsfeil::kode);

    private final Map<String, FeltInfo> felter;
    private final Set<String> listeprefikser;
    private final List<Felt> felterListe;
    private final EveritSkjema helhet;
    private final Optional<String> versjon;
    private final List<String> ukjenteNokkelord;
    private final List<FeltInfo> infoListe;
    private final Avhengigheter avhengigheter;

    private ModellKjerne(Map<String, FeltInfo> felter, Set<String> listeprefikser, EveritSkjema helhet,
            Optional<String> versjon, List<String> ukjenteNokkelord) {
        this.felter = felter;
        this.listeprefikser = listeprefikser;
        this.infoListe = List.copyOf(felter.values());
        this.felterListe = infoListe.stream().map(FeltInfo::felt).toList();
        this.helhet = helhet;
        this.versjon = versjon;
        this.ukjenteNokkelord = ukjenteNokkelord;
        this.avhengigheter = new Avhengigheter(infoListe);
    }

    /**
     * Checks and compiles a schema.
     *
     * @throws SkjemaException if the schema is malformed or breaks a limit
     */
    public static ModellKjerne bygg(JsonNode skjema, SkjemaGrenser grenser) {
        List<String> ukjente = SkjemaSjekk.sjekk(skjema, grenser);
        Henvisningsgraf.sjekk(skjema, grenser.maksDybde());
        ModellBygger bygger = new ModellBygger(skjema, grenser);
        ModellBygger.Resultat resultat = bygger.bygg(skjema);
        EveritSkjema helhet = new EveritSkjema.Rot(skjema).helhet();
        return new ModellKjerne(Collections.unmodifiableMap(resultat.felter()),
                resultat.listeprefikser(), helhet, Versjon.av(skjema), ukjente);
    }

    public List<Felt> felter() {
        return felterListe;
    }

    public Optional<String> versjon() {
        return versjon;
    }

    public List<String> ukjenteNokkelord() {
        return ukjenteNokkelord;
    }

    /** The field at a template or concrete path. */
    public Optional<Felt> felt(String sti) {
        return Optional.ofNullable(felter.get(mal(sti))).map(FeltInfo::felt);
    }

    /**
     * Whether setting a value at {@code sti} can change any field's visibility: only if the path is, or
     * lies above or below, a path some branch condition reads. Lets a keystroke in an ordinary field skip
     * the removal of stale values.
     */
    public boolean kanEndreSynlighet(String sti) {
        return avhengigheter.virkning(mal(sti)).synlighet();
    }

    /** Visibility and required-now for every field, concrete per list item. */
    public List<FeltTilstand> tilstand(ObjectNode svar) {
        return beregn(svar).tilstand();
    }

    /**
     * As {@link #tilstand(ObjectNode)}, remembered in {@code minne}. When the answers are one leaf change
     * away from answers whose state this model computed, only the fields whose conditions read the changed
     * path are recomputed; every other entry is the previous one (the list structure cannot have changed).
     */
    public List<FeltTilstand> tilstand(ObjectNode svar, Tilstandsminne minne) {
        return lagret(svar, minne).tilstand();
    }

    private Tilstandsminne.Lagret lagret(ObjectNode svar, Tilstandsminne minne) {
        Tilstandsminne.Lagret lagret = minne.lagret(this);
        if (lagret == null) {
            Tilstandsminne.Lagret grunnlag = minne.grunnlag(this);
            String endret = minne.endretSti();
            lagret = grunnlag == null || endret == null ? beregn(svar) : omregn(svar, grunnlag, endret);
            minne.lagre(lagret);
        }
        return lagret;
    }

    private Tilstandsminne.Lagret beregn(ObjectNode svar) {
        Evaluering e = new Evaluering(svar);
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
        int[] berorte = avhengigheter.virkning(mal(endret)).felter();
        if (berorte.length == 0) {
            return grunnlag;
        }
        Evaluering e = new Evaluering(svar);
        FeltTilstand[] ut = grunnlag.tilstand().toArray(new FeltTilstand[0]);
        for (int i : berorte) {
            FeltInfo info = infoListe.get(i);
            for (int j = grunnlag.start()[i]; j < grunnlag.start()[i + 1]; j++) {
                ut[j] = tilstand(e, info, ut[j].sti());
            }
        }
        return new Tilstandsminne.Lagret(this, Collections.unmodifiableList(Arrays.asList(ut)), grunnlag.start());
    }

    /** The state of one field at a concrete path. */
    public FeltTilstand tilstand(ObjectNode svar, String sti) {
        return tilstand(new Evaluering(svar), info(sti), sti);
    }

    private static FeltTilstand tilstand(Evaluering e, FeltInfo info, String sti) {
        boolean utenListe = info.utenListe();
        boolean synlig = info.deklarasjoner().isEmpty() ? noenAktiv(e, info.regler(), sti, utenListe)
                : noenAktivDeklarasjon(e, info.deklarasjoner(), sti, utenListe);
        boolean pakrevd = synlig && e.node(utenListe ? info.forelder() : JsonStier.forelder(sti)).isObject()
                && noenAktiv(e, info.regler(), sti, utenListe);
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

    /** Errors of one field now: required, and its value against every declaration that applies. */
    public List<Valideringsfeil> validerFelt(ObjectNode svar, String sti) {
        Evaluering e = new Evaluering(svar);
        FeltInfo info = info(sti);
        return sortert(feltfeil(e, info, tilstand(e, info, sti)));
    }

    /** Field by field over all visible fields: the model's own verdict on the whole document. */
    public List<Valideringsfeil> validerFeltvis(ObjectNode svar) {
        Evaluering e = new Evaluering(svar);
        List<Valideringsfeil> ut = new ArrayList<>();
        for (FeltInfo info : felter.values()) {
            for (String sti : e.konkrete(info.felt().sti())) {
                ut.addAll(feltfeil(e, info, tilstand(e, info, sti)));
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
            return t.pakrevd() ? List.of(Valideringsfeil.av(t.sti(), Feilkode.PAKREVD)) : List.of();
        }
        List<Valideringsfeil> ut = new ArrayList<>();
        for (Deklarasjon d : info.deklarasjoner()) {
            if (e.aktiv(d.kjede(), t.sti(), info.utenListe())) {
                ut.addAll(d.skjema().valider(verdi, t.sti()));
            }
        }
        Vedleggskontroll.kontroller(info.felt(), verdi, t.sti()).ifPresent(ut::add);
        return ut;
    }

    /** The whole document against the whole schema (everit), plus attachment content checks. */
    public List<Valideringsfeil> validerAlle(ObjectNode svar) {
        List<Valideringsfeil> ut = new ArrayList<>(helhet.valider(svar, ""));
        Evaluering e = new Evaluering(svar);
        for (FeltInfo info : felter.values()) {
            if (info.felt().vedlegg().isPresent()) {
                for (String sti : e.konkrete(info.felt().sti())) {
                    if (tilstand(e, info, sti).synlig()) {
                        Vedleggskontroll.kontroller(info.felt(), e.node(sti), sti).ifPresent(ut::add);
                    }
                }
            }
        }
        return sortert(ut);
    }

    /** The answers after {@link #rens}, and what they remember: the state its last round computed. */
    public record Renset(ObjectNode svar, Tilstandsminne minne) {
    }

    /**
     * The answers without values of hidden fields, repeated until nothing more hides (removals can hide
     * more). The first round uses the state remembered in {@code minne} (so a keystroke's cleaning costs
     * only the fields it can affect); the state of the final round is handed on with the result.
     */
    public Renset rens(ObjectNode svar, Tilstandsminne minne) {
        ObjectNode naa = svar;
        Tilstandsminne.Lagret tilstand = lagret(svar, minne);
        for (int runde = 0; runde <= infoListe.size(); runde++) {
            List<String> skjulte = skjulteMedVerdi(naa, tilstand.tilstand());
            if (skjulte.isEmpty()) {
                return new Renset(naa, naa == svar ? minne : Tilstandsminne.med(tilstand));
            }
            for (String sti : skjulte) {
                naa = SvarDokument.uten(naa, JsonStier.peker(sti));
            }
            tilstand = beregn(naa);
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

    /** The code list that applies to the field now (the one of its first active declaration that has one). */
    public Optional<Kodeverk> kodeverk(ObjectNode svar, String sti) {
        FeltInfo info = info(sti);
        Evaluering e = new Evaluering(svar);
        for (int i = 0; i < info.deklarasjoner().size(); i++) {
            if (info.kodeverkPerDeklarasjon().get(i).isPresent()
                    && e.aktiv(info.deklarasjoner().get(i).kjede(), sti, info.utenListe())) {
                return info.kodeverkPerDeklarasjon().get(i);
            }
        }
        return Optional.empty();
    }

    private FeltInfo info(String sti) {
        FeltInfo info = felter.get(mal(sti));
        if (info == null) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_STI, sti, "ingen felt i skjemaet har denne stien");
        }
        return info;
    }

    /** Concrete → template path: list indexes become {@code -}. */
    private String mal(String sti) {
        JsonStier.peker(sti);
        if (felter.containsKey(sti) || listeprefikser.isEmpty()) {
            return sti;
        }
        StringBuilder mal = new StringBuilder();
        for (String segment : sti.substring(Math.min(1, sti.length())).split("/", -1)) {
            String liste = mal + "/-";
            mal.append('/').append(listeprefikser.contains(liste) && segment.chars().allMatch(Character::isDigit)
                    && !segment.isEmpty() ? "-" : segment);
        }
        return mal.toString();
    }

    private static List<Valideringsfeil> sortert(List<Valideringsfeil> feil) {
        return List.copyOf(new LinkedHashSet<>(feil.stream().sorted(ORDEN).toList()));
    }
}
