package no.blaresept.schema.internal;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Objects;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * JSON Pointer helpers: parse with a typed error, and build child paths with escaping.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonStier {
    private JsonStier() {
    }

    /**
     * Parses a JSON Pointer.
     *
     * @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_STI} if it is not one
     */
    public static JsonPointer peker(String sti) {
        Objects.requireNonNull(sti, "sti");
        try {
            return JsonPointer.compile(sti);
        } catch (IllegalArgumentException e) {
            // The pointer text is a schema/field path, not answer content, so naming it is safe.
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_STI, sti, "ikke en JSON Pointer");
        }
    }

    /** {@code foreldre} + "/" + the escaped property name. */
    public static String barn(String forelder, String navn) {
        return forelder + "/" + navn.replace("~", "~0").replace("/", "~1");
    }

    /** The last segment of a pointer, unescaped; empty for the root. */
    public static String navn(String sti) {
        int i = sti.lastIndexOf('/');
        return i < 0 ? "" : sti.substring(i + 1).replace("~1", "/").replace("~0", "~");
    }

    /** The parent pointer; the root is its own parent. */
    public static String forelder(String sti) {
        int i = sti.lastIndexOf('/');
        return i < 0 ? "" : sti.substring(0, i);
    }

    /** How many segments a pointer has ({@code ""} none, {@code /a/b} two). */
    static int segmenter(String sti) {
        int n = 0;
        for (int i = 0; i < sti.length(); i++) {
            if (sti.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }

    /** The first {@code n} segments of {@code sti} (all of it when it has fewer). */
    static String forste(String sti, int n) {
        int funnet = 0;
        for (int i = 0; i < sti.length(); i++) {
            if (sti.charAt(i) == '/' && funnet++ == n) {
                return sti.substring(0, i);
            }
        }
        return sti;
    }
}
