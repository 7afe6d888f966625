package no.blaresept.sdk.vedtak;

import java.util.regex.Pattern;
import no.blaresept.sdk.internal.Check;

/**
 * The reference to a decision letter, given by a found decision that must be read (F-1.6); pass it to
 * {@link VedtakClient#hentVedtaksdokument(Dokumentreferanse)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1–100 letters, digits, '.', '_' or '-'
 */
public record Dokumentreferanse(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    /**
     * Checks the format.
     *
     * @throws no.blaresept.sdk.error.InvalidInputException naming {@code dokumentreferanse} when malformed or holding a fødselsnummer
     */
    public Dokumentreferanse {
        Check.reference(value, FORMAT, "dokumentreferanse", "DOKUMENTREFERANSE_FORMAT",
                "1 to 100 letters, digits, '.', '_' or '-'");
    }
}
