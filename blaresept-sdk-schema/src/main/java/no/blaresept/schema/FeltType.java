package no.blaresept.schema;

/**
 * What kind of input a {@link Felt} takes, derived from {@code type}, {@code format}, code lists and
 * {@code contentEncoding}. Serves F-2.5.
 *
 * <p>Thread safety: enum constants are immutable.
 */
public enum FeltType {
    /** Free text ({@code type: string}). */
    TEKST,
    /** A decimal number ({@code type: number}). */
    TALL,
    /** A whole number ({@code type: integer}). */
    HELTALL,
    /** Yes/no ({@code type: boolean}). */
    BOOLSK,
    /** A date ({@code format: date}). */
    DATO,
    /** A date and time ({@code format: date-time}). */
    DATO_TID,
    /** A choice from a code list ({@code enum}, {@code oneOf}/{@code anyOf} of {@code const}, or a named code system). */
    KODE,
    /** A file, base64 ({@code contentEncoding: base64}); see {@link Vedleggskrav}. Serves F-4.7. */
    VEDLEGG,
    /** A group of fields ({@code type: object}). */
    GRUPPE,
    /** A repeating list ({@code type: array}); its item fields have {@code -} as index in their path. */
    LISTE,
    /** The schema gives no usable type; render as text. */
    UKJENT
}
