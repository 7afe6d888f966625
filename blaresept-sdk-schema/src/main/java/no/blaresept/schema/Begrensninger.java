package no.blaresept.schema;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The constraints on a field a UI may want to show or enforce while typing (lengths, range, pattern, list
 * size). The authoritative check is {@link SkjemaModell#validerFelt}.
 *
 * <p>Thread safety: immutable.
 *
 * @param minimum smallest allowed number ({@code minimum}), if any
 * @param maksimum largest allowed number ({@code maximum}), if any
 * @param eksklusivtMinimum numbers must be greater ({@code exclusiveMinimum}), if any
 * @param eksklusivtMaksimum numbers must be smaller ({@code exclusiveMaximum}), if any
 * @param minLengde shortest text ({@code minLength})
 * @param maksLengde longest text ({@code maxLength})
 * @param monster regular expression the text must match ({@code pattern})
 * @param minAntall fewest list items ({@code minItems})
 * @param maksAntall most list items ({@code maxItems})
 */
public record Begrensninger(
        Optional<BigDecimal> minimum,
        Optional<BigDecimal> maksimum,
        Optional<BigDecimal> eksklusivtMinimum,
        Optional<BigDecimal> eksklusivtMaksimum,
        OptionalInt minLengde,
        OptionalInt maksLengde,
        Optional<String> monster,
        OptionalInt minAntall,
        OptionalInt maksAntall) {

    /** No constraints. */
    public static final Begrensninger INGEN = new Begrensninger(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
            OptionalInt.empty(), OptionalInt.empty());

    /** Checks the components. */
    public Begrensninger {
        Objects.requireNonNull(minimum, "minimum");
        Objects.requireNonNull(maksimum, "maksimum");
        Objects.requireNonNull(eksklusivtMinimum, "eksklusivtMinimum");
        Objects.requireNonNull(eksklusivtMaksimum, "eksklusivtMaksimum");
        Objects.requireNonNull(minLengde, "minLengde");
        Objects.requireNonNull(maksLengde, "maksLengde");
        Objects.requireNonNull(monster, "monster");
        Objects.requireNonNull(minAntall, "minAntall");
        Objects.requireNonNull(maksAntall, "maksAntall");
    }
}
