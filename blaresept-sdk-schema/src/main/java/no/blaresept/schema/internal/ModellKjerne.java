package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.blaresept.schema.Felt;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.Kodeverk;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;
import no.blaresept.schema.SchemaLimits;
import no.blaresept.schema.Valideringsfeil;

/**
 * The compiled form model behind {@code SkjemaModell}, made of four parts a reader can hold one at a time:
 * the field index ({@link Feltindeks}), visibility and required-now with its memory ({@link Synlighet}),
 * validation ({@link Feltvalidering}) and cleaning ({@link Renser}); recursive definitions continue below
 * their static expansion through sub-models ({@link Delmodeller}). Immutable after construction and safe
 * to share; every method works on an answers tree it never modifies. Paths may be deep: below a cut field
 * they are followed into the sub-models as far as they go.
 */
public final class ModellKjerne {
    private final Modelldel hoved;
    private final Renser renser;
    private final EveritSkjema helhet;
    private final Optional<String> versjon;
    private final List<String> ukjenteNokkelord;

    private ModellKjerne(Modelldel hoved, EveritSkjema helhet, Optional<String> versjon,
            List<String> ukjenteNokkelord) {
        this.hoved = hoved;
        this.renser = new Renser(hoved.synlighet(), hoved.indeks().liste().size());
        this.helhet = helhet;
        this.versjon = versjon;
        this.ukjenteNokkelord = ukjenteNokkelord;
    }

    /**
     * Checks and compiles a schema.
     *
     * @throws SkjemaException if the schema is malformed or breaks a limit
     */
    public static ModellKjerne bygg(JsonNode skjema, SchemaLimits grenser) {
        List<String> ukjente = SkjemaSjekk.sjekk(skjema, grenser);
        Henvisningsgraf.sjekk(skjema, grenser.maksDybde());
        EveritSkjema.Rot rot = new EveritSkjema.Rot(skjema);
        Delmodeller deler = new Delmodeller();
        ModellBygger.Budsjett budsjett = new ModellBygger.Budsjett();
        ModellBygger.Resultat resultat = new ModellBygger(skjema, grenser, rot, budsjett).bygg(skjema);
        Modelldel hoved = Modelldel.av(resultat, deler);
        // Each cut definition's sub-model, built once; their own cuts name definitions already built or queued.
        Deque<Map.Entry<Kutt.Nokkel, Kutt.Grunnlag>> ko = new ArrayDeque<>(resultat.kuttet().entrySet());
        while (!ko.isEmpty()) {
            Map.Entry<Kutt.Nokkel, Kutt.Grunnlag> neste = ko.poll();
            if (!deler.har(neste.getKey())) {
                ModellBygger.Resultat del = new ModellBygger(skjema, grenser, rot, budsjett)
                        .byggDel(neste.getKey(), neste.getValue());
                deler.legg(neste.getKey(), Modelldel.av(del, deler));
                ko.addAll(del.kuttet().entrySet());
            }
        }
        return new ModellKjerne(hoved, rot.helhet(), Versjon.av(skjema), ukjente);
    }

    public List<Felt> felter() {
        return hoved.felter();
    }

    public Optional<String> versjon() {
        return versjon;
    }

    public List<String> ukjenteNokkelord() {
        return ukjenteNokkelord;
    }

    /** The field at a template or concrete path, also below a cut, at its full template path. */
    public Optional<Felt> felt(String sti) {
        return Optional.ofNullable(hoved.finn(null, sti)).map(Modelldel.Treff::felt);
    }

    /** Whether setting a value at {@code sti} can change any field's visibility (see {@link Synlighet}). */
    public boolean kanEndreSynlighet(String sti) {
        return hoved.synlighet().kanEndreSynlighet(sti);
    }

    /** Visibility and required-now for every field, concrete per list item and as deep as the answers go. */
    public List<FeltTilstand> tilstand(ObjectNode svar, Tilstandsminne minne) {
        return hoved.synlighet().lagret(svar, minne).tilstand();
    }

    /** The answers without values of hidden fields (see {@link Renser}). */
    public Renser.Renset rens(ObjectNode svar, Tilstandsminne minne) {
        return renser.rens(svar, minne);
    }

    /** Errors of one field now; none while it is hidden. */
    public List<Valideringsfeil> validerFelt(ObjectNode svar, String sti) {
        Modelldel.Treff t = treff(svar, sti);
        return t.aktiv() ? t.del().validering().validerFelt(t.rot(), t.info(), t.relativ(), t.konkret()) : List.of();
    }

    /** The model's own field-by-field verdict on the whole document. */
    public List<Valideringsfeil> validerFeltvis(ObjectNode svar) {
        return hoved.validering().validerFeltvis(svar);
    }

    /** The whole document against the whole schema, plus attachment content checks. */
    public List<Valideringsfeil> validerAlle(ObjectNode svar) {
        List<Valideringsfeil> ut = new ArrayList<>(helhet.valider(svar, ""));
        hoved.validering().vedleggsfeil(svar, "", ut);
        return Feltvalidering.sortert(ut);
    }

    /** The code list that applies to the field now (the one of its first active declaration that has one). */
    public Optional<Kodeverk> kodeverk(ObjectNode svar, String sti) {
        Modelldel.Treff t = treff(svar, sti);
        return t.aktiv() ? t.del().kodeverk(t.rot(), t.info(), t.relativ()) : Optional.empty();
    }

    private Modelldel.Treff treff(ObjectNode svar, String sti) {
        Modelldel.Treff t = hoved.finn(svar, sti);
        if (t == null) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_STI, sti, "ingen felt i skjemaet har denne stien");
        }
        return t;
    }
}
