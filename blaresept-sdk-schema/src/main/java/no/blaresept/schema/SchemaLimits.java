package no.blaresept.schema;

/**
 * Limits that keep a malicious or broken schema from exhausting stack, memory or time. The defaults fit
 * Helsedirektoratet's forms with a wide margin.
 *
 * <p>Thread safety: immutable.
 *
 * @param maksDybde deepest nesting of JSON in a schema or in answers
 * @param maksNoder most JSON nodes in a schema
 * @param maksFelt most field declarations after resolving {@code $ref}s; the sub-models that follow recursive
 *     definitions below their static expansion may together have as many again
 * @param maksKodeverdier most values in one {@code enum}, {@code oneOf} or {@code anyOf}
 * @param maksRekursjon most times a recursive definition is expanded statically inside itself (what
 *     {@link SkjemaModell#felter()} lists); at the repeat beyond it (or beyond half of {@code maksFelt}
 *     declarations) the field is marked {@link Felt#rekursiv()} and a sub-model of the definition takes over,
 *     following the answers as deep as they go. It bounds the model's size, not how deep fields go
 */
public record SchemaLimits(int maksDybde, int maksNoder, int maksFelt, int maksKodeverdier, int maksRekursjon) {

    /** The defaults: depth 64, 200 000 nodes, 5 000 fields, 20 000 code values, 8 levels of recursion. */
    public static final SchemaLimits STANDARD = new SchemaLimits(64, 200_000, 5_000, 20_000, 8);

    /** Checks that every limit is positive. */
    public SchemaLimits {
        if (maksDybde < 1 || maksNoder < 1 || maksFelt < 1 || maksKodeverdier < 1 || maksRekursjon < 1) {
            throw new IllegalArgumentException("Alle grenser må være positive");
        }
    }

    /** The given limits and the default recursion bound (8). */
    public SchemaLimits(int maksDybde, int maksNoder, int maksFelt, int maksKodeverdier) {
        this(maksDybde, maksNoder, maksFelt, maksKodeverdier, 8);
    }
}
