package no.blaresept.testsupport.pii;

import java.util.List;

/**
 * What must never appear in a log record, an exception message or cause, or a {@code toString()}:
 * every fødselsnummer the modules' tests use (core, schema, auth, and the testkit's test patients), the
 * tokens and secrets their clients send, JWTs, key material and the patient names test files carry.
 * One list for every suite, so a number used in one module's tests is looked for in all of them.
 */
public final class PiiMarkers {

    /** Every valid fødselsnummer and d-nummer used in the tests of core, auth and testkit. */
    public static final List<String> FODSELSNUMMER = List.of("01859012325", "15058545640", "15058545659",
            "41859022209", "15838510075", "02818512345",
            // the testkit's Testpasienter (its PiiScanTest checks none is missing)
            "12857840060", "48836740079", "03816440067", "27899040096", "15925540037", "08844740019", "21867140066",
            "30836940047", "04918240069", "19875840048", "11829540055", "25906640077", "07887340050", "16856040031",
            "02895140077", "23817640079");
    /** Tokens, client secrets, JWT and key prefixes, names in test file names. */
    public static final List<String> SECRETS = List.of("test-token-5f1c9a", "matrix-token", "fuzz-token",
            "test-token-abc", "another-token", "testkit-token", "tok-secret", "eyJ", "-----BEGIN", "Kari", "Nordmann");

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
