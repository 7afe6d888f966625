package no.blaresept.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A code list a field takes its value from: the values listed in the schema ({@code enum}, or
 * {@code oneOf}/{@code anyOf} of {@code const} + {@code title}), and the code system it names, if any.
 *
 * <p>The schema names a code system (for example ICD-10 or ICPC-2 from volven.no) with the annotation
 * {@code "x-kodeverk": {"navn": "ICD-10", "oid": "7110", "kilde": "https://volven.no"}} (or just a string).
 * Large systems such as ICD-10 are then not listed in the schema: {@link #koder()} is empty and the vendor
 * looks codes up in its copy of the code system. Serves T-3.1.
 *
 * <p>Thread safety: immutable.
 *
 * @param system the code system's name, such as {@code ICD-10}, if named
 * @param oid the code system's volven.no OID, if given
 * @param koder the values listed in the schema, in schema order (may be empty)
 */
public record Kodeverk(Optional<String> system, Optional<String> oid, List<Kode> koder) {

    /** Checks and copies the components. */
    public Kodeverk {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(oid, "oid");
        koder = List.copyOf(koder);
    }
}
