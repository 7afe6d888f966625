package no.blaresept.sdk.soknad;

import java.util.regex.Pattern;
import no.blaresept.sdk.internal.Check;

/**
 * The reference of an application sent to manual processing (F-3.4): keep it to look the status up
 * later with {@link SoknadClient#status(Soknadsreferanse)} (F-3.8).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 6–40 upper-case letters, digits or '-', e.g. {@code BRS-2026-000123}
 */
public record Soknadsreferanse(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{6,40}");

    /**
     * Checks the format.
     *
     * @throws no.blaresept.sdk.error.InvalidInputException naming {@code soknadsreferanse} when malformed or holding a fødselsnummer
     */
    public Soknadsreferanse {
        Check.reference(value, FORMAT, "soknadsreferanse", "SOKNADSREFERANSE_FORMAT",
                "6 to 40 upper-case letters, digits or '-'");
    }
}
