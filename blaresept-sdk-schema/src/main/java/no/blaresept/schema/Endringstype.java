package no.blaresept.schema;

/**
 * What kind of change an {@link Endring} is. The class each kind gets is documented in docs/schema.md.
 *
 * <p>Thread safety: enum constants are immutable.
 */
public enum Endringstype {
    /** A field was added; its class depends on its type (simple manual field or known code list: minor). */
    FELT_LAGT_TIL,
    /** A field was removed (minor). */
    FELT_FJERNET,
    /** The {@code type} of a field changed (major). */
    TYPE_ENDRET,
    /** A draft-07 validation keyword was added (minor). */
    VALIDERING_LAGT_TIL,
    /** A draft-07 validation keyword changed value, including a code list's values or an {@code if} condition (minor). */
    VALIDERING_ENDRET,
    /** A draft-07 validation keyword was removed (minor). */
    VALIDERING_FJERNET,
    /** A title, description, default, example or comment changed (minor: rendered from the schema). */
    TEKST_ENDRET,
    /** {@code readOnly}/{@code writeOnly} changed: a field became or stopped being looked up (major). */
    SKRIVEBESKYTTELSE_ENDRET,
    /** An attachment's encoding or media type changed (major). */
    VEDLEGG_ENDRET,
    /** The code system a field names changed (major: new integration with volven.no). */
    KODEVERK_ENDRET,
    /** A {@code $ref} points somewhere else (major). */
    HENVISNING_ENDRET,
    /** A conditional section ({@code if}/{@code then}/{@code else}, schema dependency, {@code allOf}/{@code anyOf}/{@code oneOf} branch, {@code not}) was added (major). */
    BETINGELSE_LAGT_TIL,
    /** A conditional section was removed (major). */
    BETINGELSE_FJERNET,
    /** A list's item schema was added, removed or changed kind (major). */
    LISTE_ENDRET,
    /** A definition was added or removed; its users are classified where they refer to it (minor). */
    DEFINISJON_ENDRET,
    /** A keyword the SDK does not know changed; it may carry meaning, so it counts as major. */
    UKJENT_NOKKELORD_ENDRET
}
