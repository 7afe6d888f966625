package no.blaresept.schema;

/**
 * Why a schema or an answer document could not be used. The code is stable; the vendor may translate it.
 *
 * <p>Thread safety: enum constants are immutable.
 */
public enum SkjemaFeilkode {
    /** The schema is not a JSON object or a keyword has a value of the wrong kind. */
    UGYLDIG_SKJEMA("Skjemaet er ugyldig"),
    /** The schema nests subschemas deeper than {@link SchemaLimits#maksDybde()}. */
    FOR_DYP("Skjemaet er for dypt nøstet"),
    /** The schema has more nodes or fields than the limits allow. */
    FOR_STORT("Skjemaet er for stort"),
    /** An {@code enum} or {@code oneOf}/{@code anyOf} code list is longer than the limit. */
    FOR_STORT_KODEVERK("Kodeverket i skjemaet er for stort"),
    /** A {@code pattern} is not a valid regular expression. */
    UGYLDIG_MONSTER("Skjemaet har et ugyldig mønster (regulært uttrykk)"),
    /** A {@code $ref} points to nothing in the schema, or outside it. */
    REF_IKKE_FUNNET("Skjemaet viser til en definisjon som ikke finnes"),
    /** {@code $ref}s point to each other without ever reaching a schema. */
    REF_SYKLUS("Skjemaet har en sirkulær henvisning"),
    /** The answers are not a JSON object, or are nested too deeply. */
    UGYLDIG_SVAR("Svarene er ugyldige"),
    /** A path is not a valid JSON Pointer or names no field of the schema. */
    UGYLDIG_STI("Stien er ugyldig");

    private final String melding;

    SkjemaFeilkode(String melding) {
        this.melding = melding;
    }

    /** The default Norwegian message for this code, without the location. */
    public String melding() {
        return melding;
    }
}
