package no.blaresept.sdk;

import java.util.Objects;
import no.blaresept.schema.internal.Fodselsnummermaske;
import no.blaresept.sdk.error.InvalidInputException;

/**
 * A patient's fødselsnummer or d-nummer, checked before it is sent anywhere.
 *
 * <p>Serves A-4: both control-digit rules are accepted side by side — today's (the weighted sum
 * with the first control digit leaves remainder 0 mod 11) and the one for numbers issued from
 * 1 January 2032 (remainder 0, 1, 2 or 3); the second control digit is checked as before. Synthetic
 * test numbers (month + 80) and d-numbers (day + 4 in the first digit) are recognised. Birth date,
 * century and sex are deliberately not derived from the number.
 *
 * <p>The number is personal data: {@link #toString()} masks it completely; only {@link #value()}
 * gives it out, for the request body. Immutable and thread-safe; equal by value.
 */
public final class Fodselsnummer {

    private static final int SYNTHETIC_MONTH_OFFSET = 80;
    private static final int D_NUMBER_DAY_OFFSET = 40;

    /** Whether a number identifies a person by fødselsnummer or by d-nummer. */
    public enum Nummertype {
        /** An ordinary fødselsnummer. */
        FODSELSNUMMER,
        /** A d-nummer, given to people without a fødselsnummer (first digit raised by 4). */
        D_NUMMER
    }

    private final String value;
    private final Nummertype type;
    private final boolean syntetisk;

    private Fodselsnummer(String value, Nummertype type, boolean syntetisk) {
        this.value = value;
        this.type = type;
        this.syntetisk = syntetisk;
    }

    /**
     * Checks and wraps a number.
     *
     * @param value eleven digits
     * @return the checked number
     * @throws InvalidInputException naming field {@code fodselsnummer} when the number is not
     *                               eleven digits, has an impossible day or month, or wrong control digits
     */
    public static Fodselsnummer of(String value) {
        return of(value, "fodselsnummer");
    }

    /**
     * Checks and wraps a number, naming the input field in any error.
     *
     * @param value eleven digits
     * @param field the input field the number came from, e.g. {@code pasient.fodselsnummer}
     * @return the checked number
     * @throws InvalidInputException when the number is not valid, naming {@code field}
     */
    public static Fodselsnummer of(String value, String field) {
        Objects.requireNonNull(field, "field");
        if (value == null) {
            throw new InvalidInputException(field, "FODSELSNUMMER_MANGLER", "fødselsnummer is missing");
        }
        if (value.length() != 11 || !digitsOnly(value)) {
            throw new InvalidInputException(field, "FODSELSNUMMER_FORMAT", "fødselsnummer must be exactly 11 digits");
        }
        int day = (value.charAt(0) - '0') * 10 + (value.charAt(1) - '0');
        int month = (value.charAt(2) - '0') * 10 + (value.charAt(3) - '0');
        Nummertype type = day > D_NUMBER_DAY_OFFSET ? Nummertype.D_NUMMER : Nummertype.FODSELSNUMMER;
        boolean syntetisk = month > SYNTHETIC_MONTH_OFFSET;
        int realDay = type == Nummertype.D_NUMMER ? day - D_NUMBER_DAY_OFFSET : day;
        int realMonth = syntetisk ? month - SYNTHETIC_MONTH_OFFSET : month;
        if (realDay < 1 || realDay > 31 || realMonth < 1 || realMonth > 12) {
            throw new InvalidInputException(field, "FODSELSNUMMER_DATO",
                    "fødselsnummer has an impossible day or month in its first six digits");
        }
        if (!Fodselsnummermaske.kontrollsifreGyldige(value, 0)) {
            throw new InvalidInputException(field, "FODSELSNUMMER_KONTROLLSIFFER", "fødselsnummer has wrong control digits");
        }
        return new Fodselsnummer(value, type, syntetisk);
    }

    private static boolean digitsOnly(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** True when {@code value} is a valid number under {@link #of(String)}'s rules. */
    public static boolean isValid(String value) {
        try {
            of(value);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** The eleven digits, for the request body only. Personal data: never log it. */
    public String value() {
        return value;
    }

    /** Whether this is a fødselsnummer or a d-nummer. */
    public Nummertype type() {
        return type;
    }

    /** True for a synthetic test number (month raised by 80), as used in test environments. */
    public boolean syntetisk() {
        return syntetisk;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fodselsnummer other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked: shows the number's type, never a digit. */
    @Override
    public String toString() {
        return "Fodselsnummer[" + type + (syntetisk ? ", syntetisk" : "") + ", ***********]";
    }
}
