package no.blaresept.sdk.internal;

import java.util.regex.Pattern;
import no.blaresept.schema.internal.Fodselsnummermaske;
import no.blaresept.sdk.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The input checks the public value types share, so that every refusal names its field and a code
 * in the same way and never repeats the refused value. Not API.
 *
 * <p>Stateless and thread-safe.
 */
public final class Check {

    private Check() {
    }

    /**
     * Requires a value to be present.
     *
     * @return the value
     * @throws InvalidInputException with code {@code PAKREVD} naming {@code field} when it is null
     */
    public static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "PAKREVD", field + " is required");
        }
        return value;
    }

    /**
     * Requires a text to be present and to match a pattern.
     *
     * @param value    the text
     * @param pattern  what it must match, entirely
     * @param field    the input field, for the error
     * @param code     the stable error code when it does not match
     * @param expected what a valid value looks like, in words (never the refused value)
     * @return the value
     */
    public static String matches(@Nullable String value, Pattern pattern, String field, String code, String expected) {
        String present = present(value, field);
        if (!pattern.matcher(present).matches()) {
            throw new InvalidInputException(field, code, field + " must be " + expected);
        }
        return present;
    }

    /**
     * Requires an identifier to match a pattern and to hold no fødselsnummer: a number passed by
     * mistake would otherwise travel in a URL into access logs, or into the SDK's own messages.
     *
     * @return the value
     * @throws InvalidInputException with code {@code REFERANSE_FODSELSNUMMER} when it holds eleven
     *                               digits shaped like a fødselsnummer
     */
    public static String reference(@Nullable String value, Pattern pattern, String field, String code, String expected) {
        String matching = matches(value, pattern, field, code, expected);
        if (Fodselsnummermaske.inneholder(matching)) {
            throw new InvalidInputException(field, "REFERANSE_FODSELSNUMMER",
                    field + " holds what looks like a fødselsnummer; pass the reference the service gave, not the patient's number");
        }
        return matching;
    }

    /**
     * Requires a text to be non-blank and at most {@code maxLength} characters.
     *
     * @return the value
     */
    public static String text(@Nullable String value, int maxLength, String field) {
        String present = present(value, field);
        if (present.isBlank() || present.length() > maxLength) {
            throw new InvalidInputException(field, "TEKST_LENGDE", field + " must be 1 to " + maxLength + " characters");
        }
        return present;
    }

    /** Longer than any field path of a real form; bounds the work spent on a hostile one. */
    public static final int MAX_FELT_LENGTH = 1024;

    /**
     * Requires an attachment's field to be a JSON Pointer (RFC 6901: {@code ~} only as {@code ~0} or {@code ~1})
     * of at most {@value #MAX_FELT_LENGTH} characters.
     *
     * @return the pointer
     * @throws InvalidInputException naming {@code vedlegg.felt} (code {@code VEDLEGG_FELT}) when it is not one
     */
    public static String vedleggsfelt(String felt) {
        if (!isPointer(felt)) {
            throw new InvalidInputException("vedlegg.felt", "VEDLEGG_FELT", "vedlegg.felt must be a JSON Pointer such as"
                    + " /vedlegg/0/innhold, at most " + MAX_FELT_LENGTH + " characters");
        }
        return felt;
    }

    // A loop, not a regular expression: a repeated group recurses per segment and a long path overflows the stack.
    private static boolean isPointer(String felt) {
        if (felt.isEmpty() || felt.length() > MAX_FELT_LENGTH || felt.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < felt.length(); i++) {
            if (felt.charAt(i) == '~' && (i + 1 == felt.length() || "01".indexOf(felt.charAt(i + 1)) < 0)) {
                return false;
            }
        }
        return true;
    }
}
