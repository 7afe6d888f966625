package no.blaresept.auth;

import java.util.Objects;

/**
 * A Norwegian organisation number (Enhetsregisteret): exactly nine digits. Used for HelseID's
 * organisation context (parent and child organisation of a multi-tenant EPJ).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the nine digits
 */
public record OrganisationNumber(String value) {

    /** Checks that the value is exactly nine ASCII digits. */
    public OrganisationNumber {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9]{9}")) {
            throw new IllegalArgumentException(
                    "organisation number must be exactly 9 digits, was " + value.length() + " characters");
        }
    }

    /**
     * Parses a nine-digit organisation number.
     *
     * @param value the digits
     * @return the number
     * @throws IllegalArgumentException when the value is not exactly nine digits
     */
    public static OrganisationNumber of(String value) {
        return new OrganisationNumber(value);
    }
}
