package no.blaresept.testkit.internal;

import com.github.tomakehurst.wiremock.common.Notifier;

/**
 * Sends WireMock's own messages to {@code System.Logger} (logger {@code no.blaresept.testkit.wiremock})
 * instead of the console, so a vendor's logging setup sees them and log-capturing tests cover them.
 * Thread-safe.
 */
public final class WireMockLogg implements Notifier {

    private static final System.Logger LOG = System.getLogger("no.blaresept.testkit.wiremock");

    @Override
    public void info(String message) {
        LOG.log(System.Logger.Level.DEBUG, message);
    }

    @Override
    public void error(String message) {
        LOG.log(System.Logger.Level.WARNING, message);
    }

    @Override
    public void error(String message, Throwable t) {
        LOG.log(System.Logger.Level.WARNING, message, t);
    }
}
