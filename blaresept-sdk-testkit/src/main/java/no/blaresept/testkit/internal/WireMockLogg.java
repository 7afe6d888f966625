package no.blaresept.testkit.internal;

import com.github.tomakehurst.wiremock.common.Notifier;

/**
 * Sends WireMock's own messages to {@code System.Logger} (logger {@code no.blaresept.testkit.wiremock})
 * instead of the console. WireMock's messages dump whole requests — headers with tokens, bodies with
 * fødselsnumre — so only their first line goes on, with any run of eleven digits masked. (The mock turns
 * WireMock's dump of each request off and logs the request line itself, {@link MockApi}.) Thread-safe.
 */
public final class WireMockLogg implements Notifier {

    private static final System.Logger LOG = System.getLogger("no.blaresept.testkit.wiremock");

    @Override
    public void info(String message) {
        LOG.log(System.Logger.Level.DEBUG, () -> forsteLinje(message));
    }

    @Override
    public void error(String message) {
        LOG.log(System.Logger.Level.WARNING, () -> forsteLinje(message));
    }

    @Override
    public void error(String message, Throwable t) {
        LOG.log(System.Logger.Level.WARNING, () -> forsteLinje(message) + " (" + t.getClass().getName() + ")");
    }

    /** The message's first non-blank line, with eleven-digit runs masked. */
    static String forsteLinje(String message) {
        String linje = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        String neste = message.lines().map(String::strip).filter(l -> !l.isEmpty()).skip(1).findFirst().orElse("");
        // WireMock writes "Request received:" and the request line on separate lines.
        String kort = linje.endsWith(":") ? linje + " " + neste : linje;
        return Maskering.fodselsnumre(kort);
    }
}
