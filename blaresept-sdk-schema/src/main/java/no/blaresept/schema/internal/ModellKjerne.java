package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import no.blaresept.schema.Felt;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.Kodeverk;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SchemaLimits;
import no.blaresept.schema.Valideringsfeil;

/**
 * The compiled form model behind {@code SkjemaModell}, made of four parts a reader can hold one at a time:
 * the field index ({@link Feltindeks}), visibility and required-now with its memory ({@link Synlighet}),
 * validation ({@link Feltvalidering}) and cleaning ({@link Renser}). Immutable after construction and safe
 * to share; every method works on an answers tree it never modifies.
 */
public final class ModellKjerne {
    private final Feltindeks indeks;
    private final Synlighet synlighet;
    private final Feltvalidering validering;
    private final Renser renser;
    private final Optional<String> versjon;
    private final List<String> ukjenteNokkelord;

    private ModellKjerne(Feltindeks indeks, Feltvalidering validering, Optional<String> versjon,
            List<String> ukjenteNokkelord) {
        this.indeks = indeks;
        this.synlighet = new Synlighet(indeks);
        this.validering = validering;
        this.renser = new Renser(synlighet, indeks.liste().size());
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
        ModellBygger.Resultat resultat = new ModellBygger(skjema, grenser, rot).bygg(skjema);
        Feltindeks indeks = new Feltindeks(resultat.felter(), resultat.listestart());
        Feltvalidering validering = new Feltvalidering(indeks, resultat.gruppekontroller(), rot.helhet());
        return new ModellKjerne(indeks, validering, Versjon.av(skjema), ukjente);
    }

    public List<Felt> felter() {
        return indeks.felter();
    }

    public Optional<String> versjon() {
        return versjon;
    }

    public List<String> ukjenteNokkelord() {
        return ukjenteNokkelord;
    }

    /** The field at a template or concrete path. */
    public Optional<Felt> felt(String sti) {
        return indeks.felt(sti);
    }

    /** Whether setting a value at {@code sti} can change any field's visibility (see {@link Synlighet}). */
    public boolean kanEndreSynlighet(String sti) {
        return synlighet.kanEndreSynlighet(sti);
    }

    /** Visibility and required-now for every field, concrete per list item, remembered in {@code minne}. */
    public List<FeltTilstand> tilstand(ObjectNode svar, Tilstandsminne minne) {
        return synlighet.lagret(svar, minne).tilstand();
    }

    /** The answers without values of hidden fields (see {@link Renser}). */
    public Renser.Renset rens(ObjectNode svar, Tilstandsminne minne) {
        return renser.rens(svar, minne);
    }

    /** Errors of one field now. */
    public List<Valideringsfeil> validerFelt(ObjectNode svar, String sti) {
        return validering.validerFelt(svar, sti);
    }

    /** The model's own field-by-field verdict on the whole document. */
    public List<Valideringsfeil> validerFeltvis(ObjectNode svar) {
        return validering.validerFeltvis(svar);
    }

    /** The whole document against the whole schema, plus attachment content checks. */
    public List<Valideringsfeil> validerAlle(ObjectNode svar) {
        return validering.validerAlle(svar);
    }

    /** The code list that applies to the field now (the one of its first active declaration that has one). */
    public Optional<Kodeverk> kodeverk(ObjectNode svar, String sti) {
        FeltInfo info = indeks.info(sti);
        Evaluering e = indeks.evaluering(svar);
        for (int i = 0; i < info.deklarasjoner().size(); i++) {
            if (info.kodeverkPerDeklarasjon().get(i).isPresent()
                    && e.aktiv(info.deklarasjoner().get(i).kjede(), sti, info.utenListe())) {
                return info.kodeverkPerDeklarasjon().get(i);
            }
        }
        return Optional.empty();
    }
}
