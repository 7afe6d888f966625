package no.blaresept.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Locale;
import no.blaresept.schema.Vedleggskrav;
import no.blaresept.schema.Vedleggstype;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.internal.wire.VedleggBase64;
import no.blaresept.sdk.vedlegg.ContentSource;

/**
 * Checks an attachment's content when a {@code Vedlegg} is made (F-4.7): not empty, at most 15 MB, PDF
 * or DOCX by content as schema's {@link Vedleggskrav#BLARESEPT} recognises them, a name ending that
 * matches, and the SHA-256 of every byte so the bytes sent can be proven to be the bytes checked.
 * Every failure is an {@link InvalidInputException} naming {@code vedlegg}. Stateless, thread-safe.
 */
public final class Vedleggssjekk {

    private static final String FIELD = "vedlegg";
    private static final long MAKS = Vedleggskrav.BLARESEPT.maksBytes();
    private static final int MAX_FILNAVN = 255;

    private Vedleggssjekk() {
    }

    /** What the check found: the type and the digest of the content. */
    public record Sjekket(Vedleggstype type, byte[] sha256) {
    }

    /** The size of a file, refused when empty, too large or unreadable. */
    public static long storrelse(Path fil) {
        long size;
        try {
            size = Files.size(fil);
        } catch (IOException e) {
            throw unreadable(e);
        }
        return checkSize(size);
    }

    /** The size of a source's content, counted without reading past the limit. */
    public static long storrelse(ContentSource kilde) {
        long size = 0;
        try (InputStream in = kilde.open()) {
            // Stops one buffer past the limit: a multi-gigabyte stream is refused without being read to its end.
            byte[] buffer = new byte[VedleggBase64.BUFFER_BYTES];
            for (int n; size <= MAKS && (n = in.read(buffer)) >= 0; ) {
                size += n;
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        return checkSize(size);
    }

    /** Recognises the content, checks the name against it and takes the digest of every byte. */
    public static Sjekket sjekk(String filnavn, ContentSource kilde) {
        if (filnavn.isBlank() || filnavn.length() > MAX_FILNAVN) {
            throw new InvalidInputException(FIELD + ".filnavn", "VEDLEGG_FILNAVN",
                    "attachment file name must be 1 to " + MAX_FILNAVN + " characters");
        }
        Vedleggstype type;
        MessageDigest digest = VedleggBase64.sha256();
        try (InputStream in = new DigestInputStream(kilde.open(), digest)) {
            type = Vedleggskrav.BLARESEPT.gjenkjenn(in).orElseThrow(() -> new InvalidInputException(FIELD,
                    "VEDLEGG_FILTYPE", "attachment content is neither PDF nor DOCX; only these types are accepted"));
            // Recognition may stop early; the digest must cover every byte that will be sent.
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (!filnavn.toLowerCase(Locale.ROOT).endsWith(type.filendelse())) {
            throw new InvalidInputException(FIELD + ".filnavn", "VEDLEGG_FILNAVN",
                    "attachment content is " + type + ", so its file name must end with " + type.filendelse());
        }
        return new Sjekket(type, digest.digest());
    }

    private static long checkSize(long size) {
        if (size == 0) {
            throw new InvalidInputException(FIELD, "VEDLEGG_TOMT", "attachment is empty");
        }
        if (size > MAKS) {
            throw new InvalidInputException(FIELD, "VEDLEGG_FOR_STORT",
                    "attachment is larger than 15 MB (" + size + " bytes); reduce or split it");
        }
        return size;
    }

    // The I/O error is not kept as cause: its message names the file, and EPJs name files after patients.
    private static InvalidInputException unreadable(IOException e) {
        return new InvalidInputException(FIELD, "VEDLEGG_ULESELIG",
                "attachment could not be read (" + e.getClass().getSimpleName() + ")");
    }
}
