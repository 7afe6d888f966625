package no.blaresept.sdk.soknad;

import java.util.regex.Pattern;
import no.blaresept.sdk.internal.Check;

/**
 * A version of the application schema, {@code major.minor} or {@code major.minor.patch}. An
 * application is sent with the version it was filled in under; the service refuses versions whose
 * deadline has passed (seed 000 §3.1).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value e.g. {@code 2.1}; each number at most nine digits, so it fits an {@code int}
 */
public record Skjemaversjon(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{1,9}\\.[0-9]{1,9}(\\.[0-9]{1,9})?");

    /**
     * Checks the format.
     *
     * @throws no.blaresept.sdk.error.InvalidInputException naming {@code skjemaversjon} when malformed
     */
    public Skjemaversjon {
        Check.matches(value, FORMAT, "skjemaversjon", "SKJEMAVERSJON_FORMAT", "major.minor or major.minor.patch, each of 1 to 9 digits");
    }

    /** The major version: a change of it needs development (F-4.4). */
    public int major() {
        return Integer.parseInt(value.substring(0, value.indexOf('.')));
    }
}
