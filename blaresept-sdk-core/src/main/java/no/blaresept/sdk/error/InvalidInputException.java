package no.blaresept.sdk.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Input the SDK refused before sending anything: a field is missing, malformed or out of range.
 * Says which field ({@link #field()}, a dotted path such as {@code pasient.fodselsnummer}) and why,
 * with a stable {@link #code()} the vendor can translate. The rejected value is never included.
 *
 * <p>Immutable and thread-safe.
 */
public final class InvalidInputException extends BlareseptException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;

    /**
     * Creates the error.
     *
     * @param field   where: the input field, e.g. {@code pasient.fodselsnummer}
     * @param code    what, as a stable code, e.g. {@code FODSELSNUMMER_KONTROLLSIFFER}
     * @param problem what is wrong, in words, without the rejected value
     */
    public InvalidInputException(String field, String code, String problem) {
        this(field, code, problem, null);
    }

    /**
     * Creates the error with its cause, e.g. the I/O error that made an attachment unreadable.
     *
     * @param field   where: the input field
     * @param code    what, as a stable code
     * @param problem what is wrong, in words, without the rejected value
     * @param cause   the underlying cause, or {@code null}
     */
    public InvalidInputException(String field, String code, String problem, @Nullable Throwable cause) {
        super(Objects.requireNonNull(problem, "problem") + ": " + Objects.requireNonNull(field, "field"), cause);
        this.field = field;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The input field that was refused, as a dotted path. */
    public String field() {
        return field;
    }

    /** A stable code for the problem, for translation and for tests. */
    public String code() {
        return code;
    }
}
