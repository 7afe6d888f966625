package no.blaresept.schema;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.blaresept.schema.internal.Filgjenkjenning;

/**
 * The limits on an attachment field, for a UI to show before upload and for the SDK to enforce: at most
 * {@link #maksBytes()} bytes, and only the {@link #tillatteTyper() allowed types}, recognised by content.
 * Serves F-4.7. The SDK's own {@code Vedlegg} is checked against {@link #BLARESEPT}.
 *
 * <p>Thread safety: immutable; {@link #gjenkjenn(InputStream)} may be called from any thread, each
 * with its own stream.
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
        try {
            return Filgjenkjenning.gjenkjenn(new ByteArrayInputStream(innhold), innhold.length)
                    .filter(tillatteTyper::contains);
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array failed", e); // ByteArrayInputStream never does
        }
    }

    /**
     * The type of the content {@code innhold} yields if it is one of the allowed types, judged by its
     * bytes, without holding the content. Reads the content to its end but never more than
     * {@link #maksBytes()} bytes, so an endless stream ends (and is not recognised). A PDF needs its
     * header ({@code %PDF-} and a version) and {@code %%EOF} within its last 1024 bytes. A DOCX must be a
     * whole ZIP archive whose {@code [Content_Types].xml} declares a WordprocessingML main document part
     * that the archive holds; every entry is unpacked on the way, but an entry whose declared or actual
     * size passes 100 times its packed size (beyond its first MiB), or an archive unpacking to more than
     * 256 MiB or holding more than 10,000 entries, is refused before it costs more.
     *
     * @param innhold the content from its first byte; read and left open for the caller to close
     * @return the recognised type, or empty if it is neither PDF nor DOCX (or not allowed here)
     * @throws IOException when {@code innhold} cannot be read; content that is not a well-formed file is
     *                     not an error, just not recognised
     */
    public Optional<Vedleggstype> gjenkjenn(InputStream innhold) throws IOException {
        Objects.requireNonNull(innhold, "innhold");
        return Filgjenkjenning.gjenkjenn(innhold, maksBytes).filter(tillatteTyper::contains);
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
