package no.blaresept.schema;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.blaresept.schema.internal.Filgjenkjenning;

/**
 * The limits on an attachment field, for a UI to show before upload and for the SDK to enforce: at most
 * {@link #maksBytes()} bytes, and only the {@link #tillatteTyper() allowed types}, recognised by content.
 * Serves F-4.7.
 *
 * <p>Thread safety: immutable.
 *
 * @param maksBytes largest allowed file, in bytes
 * @param tillatteTyper the file types allowed
 */
public record Vedleggskrav(long maksBytes, Set<Vedleggstype> tillatteTyper) {

    /** What Blåresept allows today: 15 MB (15 × 1024 × 1024 bytes), PDF and DOCX. */
    public static final Vedleggskrav BLARESEPT = new Vedleggskrav(15L * 1024 * 1024, Set.of(Vedleggstype.values()));

    /** Checks and copies the components. */
    public Vedleggskrav {
        if (maksBytes < 1) {
            throw new IllegalArgumentException("maksBytes må være positiv");
        }
        tillatteTyper = Set.copyOf(tillatteTyper);
    }

    /**
     * The type of {@code innhold} if it is one of the allowed types, judged by its bytes.
     *
     * @param innhold the file's bytes
     * @return the recognised type, or empty if it is neither PDF nor DOCX (or not allowed here)
     */
    public Optional<Vedleggstype> gjenkjenn(byte[] innhold) {
        Objects.requireNonNull(innhold, "innhold");
        return Filgjenkjenning.gjenkjenn(innhold).filter(tillatteTyper::contains);
    }

    /**
     * Checks a file against these limits.
     *
     * @param innhold the file's bytes
     * @return the problem, or empty if the file is accepted
     */
    public Optional<Feilkode> kontroller(byte[] innhold) {
        Objects.requireNonNull(innhold, "innhold");
        if (innhold.length > maksBytes) {
            return Optional.of(Feilkode.VEDLEGG_FOR_STORT);
        }
        return gjenkjenn(innhold).isPresent() ? Optional.empty() : Optional.of(Feilkode.VEDLEGG_TYPE);
    }
}
