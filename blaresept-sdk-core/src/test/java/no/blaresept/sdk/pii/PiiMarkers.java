package no.blaresept.sdk.pii;

import java.util.List;

/**
 * What must never appear in a log record, an exception message or cause, or a {@code toString()}:
 * every fødselsnummer the core's tests use, the tokens their clients send, JWTs, key material and the
 * patient names test files carry. Public so other modules' tests can scan for the same.
 */
public final class PiiMarkers {

    /** Every fødselsnummer and d-nummer used in the core's tests. */
    public static final List<String> FODSELSNUMMER = List.of("01859012325", "15058545640", "15058545659", "41859022209");
    /** Tokens, JWT and key prefixes, names in test file names. */
    public static final List<String> SECRETS = List.of("test-token-5f1c9a", "matrix-token", "fuzz-token", "eyJ",
            "-----BEGIN", "Kari", "Nordmann");

    private PiiMarkers() {
    }

    /** The first marker {@code text} contains, or null when it is clean. */
    public static String firstIn(String text) {
        for (List<String> markers : List.of(FODSELSNUMMER, SECRETS)) {
            for (String marker : markers) {
                if (text.contains(marker)) {
                    return marker;
                }
            }
        }
        return null;
    }

    /** The first marker in a throwable's text, its causes' and suppressed ones', or null. */
    public static String firstInThrowable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String hit = firstIn(String.valueOf(t));
            if (hit != null) {
                return hit;
            }
            for (Throwable s : t.getSuppressed()) {
                hit = firstInThrowable(s);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }
}
