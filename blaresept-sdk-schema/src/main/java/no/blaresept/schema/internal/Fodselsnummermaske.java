package no.blaresept.schema.internal;

/**
 * Finds and masks fødselsnummer (and d-nummer) in free text, as defence in depth for messages, log
 * records and {@code toString()}: any run of eleven digits whose control digits are right — today's
 * rule or the one for numbers issued from 2032 (first control remainder 0 to 3) — becomes eleven
 * asterisks. Dates are not checked, so it masks a little more than strictly needed rather than less.
 * Used by the SDK's core too. Not API.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fodselsnummermaske {

    private static final int LENGDE = 11;
    private static final int[] VEKTER_K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2, 1};
    private static final int[] VEKTER_K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    private static final String MASKE = "*".repeat(LENGDE);

    private Fodselsnummermaske() {
    }

    /**
     * Whether the eleven digits from {@code start} have valid control digits.
     *
     * @param tekst text holding at least eleven ASCII digits from {@code start}
     */
    public static boolean kontrollsifreGyldige(CharSequence tekst, int start) {
        return vektetSum(tekst, start, VEKTER_K1) % 11 <= 3 && vektetSum(tekst, start, VEKTER_K2) % 11 == 0;
    }

    /**
     * Whether the text holds a number shaped like a fødselsnummer: exactly eleven digits, with no digit
     * right before or after them, whose control digits are valid. Stricter than masking on purpose: an
     * identifier with a longer digit run (a UUID's twelve-digit group) only holds such a window by chance.
     */
    public static boolean inneholder(CharSequence tekst) {
        int sifreIRad = 0;
        for (int i = 0; i <= tekst.length(); i++) {
            if (i < tekst.length() && erSiffer(tekst.charAt(i))) {
                sifreIRad++;
            } else {
                if (sifreIRad == LENGDE && kontrollsifreGyldige(tekst, i - LENGDE)) {
                    return true;
                }
                sifreIRad = 0;
            }
        }
        return false;
    }

    /** The text with every eleven-digit run that has valid control digits replaced by asterisks. */
    public static String masker(String tekst) {
        int funn = neste(tekst, 0);
        if (funn < 0) {
            return tekst;
        }
        StringBuilder ut = new StringBuilder(tekst.length());
        int fra = 0;
        for (; funn >= 0; funn = neste(tekst, fra)) {
            ut.append(tekst, fra, funn).append(MASKE);
            fra = funn + LENGDE;
        }
        return ut.append(tekst, fra, tekst.length()).toString();
    }

    // Start of the first eleven-digit window from 'fra' with valid control digits, or -1.
    private static int neste(CharSequence tekst, int fra) {
        int sifreIRad = 0;
        for (int i = fra; i < tekst.length(); i++) {
            sifreIRad = erSiffer(tekst.charAt(i)) ? sifreIRad + 1 : 0;
            if (sifreIRad >= LENGDE && kontrollsifreGyldige(tekst, i - LENGDE + 1)) {
                return i - LENGDE + 1;
            }
        }
        return -1;
    }

    private static boolean erSiffer(char c) {
        return c >= '0' && c <= '9';
    }

    private static int vektetSum(CharSequence tekst, int start, int[] vekter) {
        int sum = 0;
        for (int i = 0; i < vekter.length; i++) {
            sum += (tekst.charAt(start + i) - '0') * vekter[i];
        }
        return sum;
    }
}
