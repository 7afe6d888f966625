package no.blaresept.testkit.internal;

import java.util.regex.Pattern;

/**
 * Masks fødselsnumre in text the mock hands out (log lines, the control API's list of received
 * requests): every run of eleven digits becomes eleven asterisks, so no number slips through in a
 * form the mask did not foresee. Stateless. Not API.
 */
public final class Maskering {

    private static final Pattern ELLEVE_SIFRE = Pattern.compile("[0-9]{11}");

    private Maskering() {
    }

    /** The text with every run of eleven digits replaced by {@code ***********}. */
    public static String fodselsnumre(String tekst) {
        return ELLEVE_SIFRE.matcher(tekst).replaceAll("***********");
    }
}
