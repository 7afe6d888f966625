package no.blaresept.testkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures ALL log output of the integration suite: one JUL handler on the root logger at level
 * ALL (where {@code System.Logger} goes when no other finder is installed), with records formatted
 * in full — message, parameters and stack traces. After each integration test class it checks
 * everything captured so far: no test fødselsnummer and no token may appear anywhere.
 */
public final class LoggFangst implements BeforeAllCallback, AfterAllCallback {

    private static final List<String> LINJER = new CopyOnWriteArrayList<>();
    private static final Handler HANDLER = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            LINJER.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    static {
        HANDLER.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.setLevel(Level.ALL);
        root.addHandler(HANDLER);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // The static initialiser installs the handler once for the whole run.
    }

    @Override
    public void afterAll(ExtensionContext context) {
        assertThat(LINJER).as("the suite logs something, or this check would prove nothing").isNotEmpty();
        assertIngenHemmeligheter(LINJER);
    }

    /** Every line captured so far. */
    static List<String> linjer() {
        return List.copyOf(LINJER);
    }

    /** Fails naming the offending lines, with the secret itself cut out of the message. */
    static void assertIngenHemmeligheter(List<String> linjer) {
        List<String> forbudt = new ArrayList<>();
        List.of(Testpasient.values()).stream().map(p -> p.fodselsnummer().value()).forEach(forbudt::add);
        forbudt.add(BlareseptMockServer.TESTTOKEN_PREFIX);
        forbudt.add("Bearer ");
        List<String> treff = new ArrayList<>();
        for (String linje : linjer) {
            String maskert = linje;
            for (String f : forbudt) {
                maskert = maskert.replace(f, "<HEMMELIG>");
            }
            if (!maskert.equals(linje)) {
                treff.add(maskert);
            }
        }
        assertThat(treff).as("log lines with a test fødselsnummer or token (masked here)").isEmpty();
    }
}
