package no.blaresept.schema;

/**
 * Stable codes of field errors, each with a default Norwegian message fit to show a doctor. A vendor that
 * needs another language translates by code. Serves F-2.10.
 *
 * <p>Thread safety: enum constants are immutable.
 */
public enum Feilkode {
    /** A required field has no value. */
    PAKREVD("Feltet må fylles ut."),
    /** The value has the wrong type (text where a number is expected, and so on). */
    TYPE("Verdien har feil type."),
    /** The number is below {@code minimum} / {@code exclusiveMinimum}. */
    FOR_LAV("Verdien er for lav."),
    /** The number is above {@code maximum} / {@code exclusiveMaximum}. */
    FOR_HOY("Verdien er for høy."),
    /** The number is not a multiple of {@code multipleOf}. */
    IKKE_MULTIPPEL("Verdien har feil oppløsning."),
    /** The text is shorter than {@code minLength}. */
    FOR_KORT("Teksten er for kort."),
    /** The text is longer than {@code maxLength}. */
    FOR_LANG("Teksten er for lang."),
    /** The text does not match {@code pattern}. */
    MONSTER("Verdien har feil form."),
    /** The text does not match {@code format} (date, e-mail, …). */
    FORMAT("Verdien har feil format."),
    /** The value is not one of the codes allowed ({@code enum}, {@code const}). */
    UGYLDIG_KODE("Verdien er ikke et gyldig valg."),
    /** The list has fewer items than {@code minItems}. */
    FOR_FAA("Listen har for få elementer."),
    /** The list has more items than {@code maxItems}. */
    FOR_MANGE("Listen har for mange elementer."),
    /** The list repeats an item though {@code uniqueItems} forbids it. */
    DUPLIKAT("Listen inneholder like elementer."),
    /** A field the schema does not allow here ({@code additionalProperties}, {@code propertyNames}). */
    UKJENT_FELT("Feltet er ikke tillatt her."),
    /** The answers fit none, or more than one, of the alternatives ({@code oneOf}, {@code anyOf}, {@code not}). */
    ALTERNATIV("Svarene passer ikke med alternativene i skjemaet."),
    /** The attachment is not a PDF or DOCX (judged by content). Serves F-4.7. */
    VEDLEGG_TYPE("Vedlegget må være PDF eller DOCX."),
    /** The attachment is larger than allowed (15 MB). Serves F-4.7. */
    VEDLEGG_FOR_STORT("Vedlegget er større enn 15 MB."),
    /** Any other rule of the schema. */
    ANNET("Verdien oppfyller ikke kravene i skjemaet.");

    private final String melding;

    Feilkode(String melding) {
        this.melding = melding;
    }

    /** The default Norwegian message. */
    public String melding() {
        return melding;
    }
}
