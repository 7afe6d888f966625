package no.blaresept.sdk;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import no.blaresept.testsupport.Logglytter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Captures, around each test, every record of the SDK's logger at every level as {@code "LEVEL message"}. */
public final class LogLines implements BeforeEachCallback, AfterEachCallback {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logglytter lytter = new Logglytter("no.blaresept.sdk",
            record -> lines.add(record.getLevel() + " " + FORMATTER.formatMessage(record)));

    @Override
    public void beforeEach(ExtensionContext context) {
        lytter.kobleTil();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        lytter.kobleFra();
    }

    /** Every line so far, oldest first. */
    public List<String> all() {
        return lines;
    }

    /** The lines at {@code level}, without the level prefix. */
    public List<String> at(Level level) {
        String prefix = level + " ";
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
    }
}
