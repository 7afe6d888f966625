package no.blaresept.testsupport;

import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Hands every record of an SDK logger, at the finest level, to a consumer while connected: the one way the
 * test suites listen to the SDK's logging. Connect before a test, disconnect after; the logger's level is
 * put back. Not thread-safe to connect; the consumer is called from logging threads.
 */
public final class Logglytter {

    private final Logger logger;
    private final Handler handler;
    private Level before = Level.INFO;

    /**
     * @param loggernavn the logger to listen to, e.g. {@code no.blaresept} (all SDK modules)
     * @param mottaker   gets each record as it is published
     */
    public Logglytter(String loggernavn, Consumer<LogRecord> mottaker) {
        this.logger = Logger.getLogger(loggernavn);
        this.handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                mottaker.accept(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
    }

    /** Turns the logger to the finest level and starts handing records on. */
    public void kobleTil() {
        before = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Stops handing records on and puts the logger's level back. */
    public void kobleFra() {
        logger.removeHandler(handler);
        logger.setLevel(before);
    }
}
