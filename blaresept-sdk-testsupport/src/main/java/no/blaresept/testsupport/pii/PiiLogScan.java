package no.blaresept.testsupport.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import no.blaresept.testsupport.Logglytter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs around every test of a module's suite (registered by service loading: the module's test
 * resources name it in {@code META-INF/services/org.junit.jupiter.api.extension.Extension} and turn on
 * {@code junit.jupiter.extensions.autodetection.enabled} in {@code junit-platform.properties}; core,
 * schema, auth and testkit do): turns the SDK's loggers to the finest level, scans each record
 * as it is published — formatted message, parameters and thrown — for {@link PiiMarkers}, and fails
 * the test on a hit. Records are scanned, not kept, so a test of tens of thousands of calls costs no
 * memory.
 */
public final class PiiLogScan implements BeforeEachCallback, AfterEachCallback {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private final List<String> hits = new CopyOnWriteArrayList<>();
    private final Logglytter lytter = new Logglytter("no.blaresept", this::scan);

    private void scan(LogRecord record) {
        String hit = firstIn(record);
        if (hit != null) {
            hits.add(record.getLoggerName() + " " + record.getLevel() + " holds '" + hit + "'");
        }
    }

    /** The first marker in the record's formatted message or its thrown chain, or {@code null}. */
    public static String firstIn(LogRecord record) {
        String hit = PiiMarkers.firstIn(FORMATTER.formatMessage(record));
        return hit == null && record.getThrown() != null ? PiiMarkers.firstInThrowable(record.getThrown()) : hit;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        hits.clear();
        lytter.kobleTil();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        lytter.kobleFra();
        assertThat(hits).as("log records holding personal data or secrets").isEmpty();
    }
}
