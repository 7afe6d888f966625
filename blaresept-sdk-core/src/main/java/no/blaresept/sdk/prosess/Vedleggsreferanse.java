package no.blaresept.sdk.prosess;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.internal.Check;
import no.blaresept.sdk.vedlegg.ContentSource;
import no.blaresept.sdk.vedlegg.Vedlegg;

/**
 * An attachment kept by reference in a saved {@link Prosesstilstand}: the form field it answers, where its
 * content lives (a {@code file:} URI, or any URI of the vendor's document store) and the SHA-256 its content
 * had when it was attached. The content itself is never saved: the vendor's journal already holds it.
 * {@link #vedlegg()} opens it again and refuses content that changed since.
 *
 * <p>Immutable and thread-safe. The URI names a file, and EPJs name files after patients, so
 * {@link #toString()} shows the field only.
 *
 * @param felt   JSON Pointer of the attachment field, e.g. {@code /vedlegg/0/innhold}
 * @param kilde  where the content lives
 * @param sha256 the content's SHA-256 when attached: 64 lower-case hex digits
 */
public record Vedleggsreferanse(String felt, URI kilde, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the parts.
     *
     * @throws NullPointerException  naming the part that is null
     * @throws InvalidInputException naming {@code vedlegg.felt} when it is not a JSON Pointer, or
     *                               {@code vedlegg.sha256} when it is not 64 lower-case hex digits
     */
    public Vedleggsreferanse {
        Objects.requireNonNull(felt, "felt");
        Objects.requireNonNull(kilde, "kilde");
        Objects.requireNonNull(sha256, "sha256");
        Check.vedleggsfelt(felt);
        Check.matches(sha256, SHA256, "vedlegg.sha256", "VEDLEGG_SHA256", "64 lower-case hex digits");
    }

    /**
     * A reference to an attachment read from a file, with the SHA-256 of the content it has now.
     *
     * @param felt JSON Pointer of the attachment field
     * @param fil  the file, checked as {@link Vedlegg#of(Path)} checks it
     * @throws InvalidInputException as {@link Vedlegg#of(Path)} does
     */
    public static Vedleggsreferanse of(String felt, Path fil) {
        Objects.requireNonNull(fil, "fil");
        return new Vedleggsreferanse(felt, fil.toAbsolutePath().toUri(), Vedlegg.of(fil).sha256Hex());
    }

    /**
     * Opens the referenced file again as an attachment, to add to an {@code Innsending}.
     *
     * @return the attachment, checked again
     * @throws InvalidInputException naming {@code vedlegg} when the URI is not a file on this machine
     *                               (use {@link #vedlegg(String, ContentSource)}), the file is unreadable
     *                               or no longer a valid attachment, or its content changed since it was referenced
     */
    public Vedlegg vedlegg() {
        Path fil;
        try {
            fil = Path.of(kilde);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new InvalidInputException("vedlegg.kilde", "VEDLEGG_KILDE",
                    "the attachment's URI is not a file on this machine; open it with vedlegg(filnavn, kilde)");
        }
        return sammeInnhold(Vedlegg.of(fil));
    }

    /**
     * Opens the referenced content from the vendor's own store as an attachment.
     *
     * @param filnavn the file name to send
     * @param innhold opens the content {@link #kilde()} names
     * @return the attachment, checked again
     * @throws InvalidInputException as {@link Vedlegg#of(String, ContentSource)} does, or when the content
     *                               changed since it was referenced
     */
    public Vedlegg vedlegg(String filnavn, ContentSource innhold) {
        return sammeInnhold(Vedlegg.of(filnavn, innhold));
    }

    private Vedlegg sammeInnhold(Vedlegg vedlegg) {
        if (!vedlegg.sha256Hex().equals(sha256)) {
            throw new InvalidInputException("vedlegg", "VEDLEGG_ENDRET",
                    "the attachment for " + felt + " has other content than when it was attached; let the doctor attach it again");
        }
        return vedlegg;
    }

    /** The field only: the URI may name the patient. */
    @Override
    public String toString() {
        return "Vedleggsreferanse[" + felt + ", kilde=***]";
    }
}
