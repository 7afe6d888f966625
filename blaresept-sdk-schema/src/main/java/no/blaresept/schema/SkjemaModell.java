package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.internal.ModellKjerne;
import no.blaresept.schema.internal.Renser;
import no.blaresept.schema.internal.StrengJson;

/**
 * A UI-neutral form model of one søknad schema (draft-07): the fields in schema order, and, given the
 * current {@link Svar answers}, which are visible and required now, their errors, and the answers with
 * values of hidden branches removed. Render it with any toolkit (Swing, JavaFX, web).
 *
 * <p>Works unchanged on new minor schema versions: everything it knows comes from the schema (F-4.2).
 * Serves F-2.4, F-2.5, F-2.6, F-2.7, F-2.8, F-2.9, F-2.10, F-4.1, F-4.6, F-4.7, T-3.1, T-4.1.
 *
 * <p>Paths: every method that takes one ({@link #felt}, {@link #oppdater}, {@link #validerFelt},
 * {@link #kodeverk}) accepts a template ({@code /diagnoser/-/kode}) or concrete ({@code /diagnoser/0/kode})
 * path, also a deep one below a recursive definition's static expansion ({@link Felt#rekursiv()}):
 * recursive definitions are followed as deep as the answers go, and {@link #tilstand}, {@link #rens} and
 * {@link #validerFeltvis} cover those levels too.
 *
 * <p>Thread safety: immutable; build once per schema version and share between threads and users.
 */
public final class SkjemaModell {
    private final ModellKjerne kjerne;

    private SkjemaModell(ModellKjerne kjerne) {
        this.kjerne = kjerne;
    }

    /**
     * Builds the model with the {@link SchemaLimits#STANDARD standard limits}.
     *
     * @param skjema the JSON schema (del1, del2, del3 or the full form from {@code getSoknadSkjema})
     * @throws SkjemaException if the schema is malformed, hostile or too large
     */
    public static SkjemaModell of(JsonNode skjema) {
        return of(skjema, SchemaLimits.STANDARD);
    }

    /**
     * Builds the model with the given limits.
     *
     * @throws SkjemaException if the schema is malformed, hostile or breaks a limit
     */
    public static SkjemaModell of(JsonNode skjema, SchemaLimits grenser) {
        Objects.requireNonNull(skjema, "skjema");
        Objects.requireNonNull(grenser, "grenser");
        return new SkjemaModell(ModellKjerne.bygg(skjema, grenser));
    }

    /**
     * Reads schema text and builds the model with the standard limits. Prefer this to parsing yourself: a
     * key written twice in one object is refused here, where a JSON tree silently keeps the last one.
     *
     * @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_SKJEMA} for a duplicate key or text that is not
     *     JSON; as {@link #of(JsonNode)} otherwise
     */
    public static SkjemaModell parse(String skjema) {
        return of(StrengJson.les(Objects.requireNonNull(skjema, "skjema")));
    }

    /** The schema's own version (its top-level {@code "version"}), if it has one. */
    public Optional<String> versjon() {
        return kjerne.versjon();
    }

    /**
     * Every field in schema order; fields of list items have {@code -} as index. Recursive definitions are
     * listed as far as their static expansion goes ({@link Felt#rekursiv()} marks where it stops).
     */
    public List<Felt> felter() {
        return kjerne.felter();
    }

    /**
     * The field at a path (template {@code /diagnoser/-/kode} or concrete {@code /diagnoser/0/kode}), however
     * deep below a recursive definition; its {@link Felt#sti()} is the full template path.
     */
    public Optional<Felt> felt(String sti) {
        return kjerne.felt(Objects.requireNonNull(sti, "sti"));
    }

    /** Paths of keywords in the schema that the SDK does not know and therefore ignores. */
    public List<String> ukjenteNokkelord() {
        return kjerne.ukjenteNokkelord();
    }

    /** Which fields are visible and required given {@code svar}. Serves F-2.9, F-4.6. */
    public SkjemaTilstand tilstand(Svar svar) {
        Objects.requireNonNull(svar, "svar");
        return new SkjemaTilstand(kjerne.tilstand(svar.rot(), svar.minne()));
    }

    /**
     * Sets one answer and removes values of fields the change hides (see {@link Rensing#FJERN_SKJULTE}).
     *
     * @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_STI} if no field has this path
     */
    public Svar oppdater(Svar svar, String sti, JsonNode verdi) {
        return oppdater(svar, sti, verdi, Rensing.FJERN_SKJULTE);
    }

    /**
     * Sets one answer; {@code rensing} says whether values of fields the change hides are removed.
     *
     * @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_STI} if no field has this path
     */
    public Svar oppdater(Svar svar, String sti, JsonNode verdi, Rensing rensing) {
        Objects.requireNonNull(svar, "svar");
        Objects.requireNonNull(rensing, "rensing");
        kjerne.felt(Objects.requireNonNull(sti, "sti"))
                .orElseThrow(() -> new SkjemaException(SkjemaFeilkode.UGYLDIG_STI, sti, "ingen felt har denne stien"));
        Svar ny = svar.med(sti, verdi);
        // Only a value some condition reads can hide anything; other keystrokes skip the removal pass.
        return rensing == Rensing.FJERN_SKJULTE && kjerne.kanEndreSynlighet(sti) ? rens(ny) : ny;
    }

    /** {@code svar} without values of fields that are hidden now: what the SDK sends. */
    public Svar rens(Svar svar) {
        Objects.requireNonNull(svar, "svar");
        Renser.Renset renset = kjerne.rens(svar.rot(), svar.minne());
        return renset.svar() == svar.rot() ? svar : Svar.avDelt(renset.svar(), renset.minne());
    }

    /**
     * Live validation of one field (F-2.10): required-now, type, range, length, pattern, format, code,
     * attachment. Hidden fields have no errors.
     *
     * @param sti concrete path of the field
     * @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_STI} if no field has this path
     */
    public List<Valideringsfeil> validerFelt(Svar svar, String sti) {
        return kjerne.validerFelt(Objects.requireNonNull(svar, "svar").rot(), Objects.requireNonNull(sti, "sti"));
    }

    /**
     * The model's field-by-field verdict on all visible fields; agrees with {@link #validerAlle} on schemas
     * whose rules the model interprets (docs/schema.md lists them).
     */
    public Valideringsresultat validerFeltvis(Svar svar) {
        return new Valideringsresultat(kjerne.validerFeltvis(Objects.requireNonNull(svar, "svar").rot()));
    }

    /**
     * Validates the whole document against the whole schema (draft-07, everit) plus the attachment content
     * checks of F-4.7. Use before {@code valider}/{@code send}.
     */
    public Valideringsresultat validerAlle(Svar svar) {
        return new Valideringsresultat(kjerne.validerAlle(Objects.requireNonNull(svar, "svar").rot()));
    }

    /** The code list that applies to a field now (branches may switch, for example ICD-10 vs ICPC-2). T-3.1. */
    public Optional<Kodeverk> kodeverk(Svar svar, String sti) {
        return kjerne.kodeverk(Objects.requireNonNull(svar, "svar").rot(), Objects.requireNonNull(sti, "sti"));
    }

    @Override
    public String toString() {
        return "SkjemaModell[versjon=" + versjon().orElse("ukjent") + ", " + felter().size() + " felt]";
    }
}
