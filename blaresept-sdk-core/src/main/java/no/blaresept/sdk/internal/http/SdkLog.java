package no.blaresept.sdk.internal.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import no.blaresept.schema.internal.Fodselsnummermaske;

/**
 * The SDK's one way to log, through {@link System.Logger} {@code no.blaresept.sdk}: request line,
 * status, duration, attempt and correlation id at DEBUG; retries and give-ups at DEBUG; bodies only
 * at TRACE and only through {@link BodyRedactor}. Never headers (they hold tokens), never query
 * values, never a body unredacted; and any fødselsnummer-shaped digits in what is logged are masked.
 */
final class SdkLog {

    private static final Logger LOG = System.getLogger("no.blaresept.sdk");

    private SdkLog() {
    }

    static void answered(Exchange exchange, int status, long nanos, int attempt, String correlationId) {
        if (LOG.isLoggable(Level.DEBUG)) {
            log(Level.DEBUG, "{0} -> {1} in {2} ms (attempt {3}, correlation id {4})", exchange.describe(),
                    String.valueOf(status), String.valueOf(nanos / 1_000_000), String.valueOf(attempt), correlationId);
        }
    }

    static void failed(Exchange exchange, AttemptFailure failure, long nanos, int attempt, String correlationId) {
        if (LOG.isLoggable(Level.DEBUG)) {
            log(Level.DEBUG, "{0} {1} after {2} ms (attempt {3}, correlation id {4}): {5}", exchange.describe(),
                    failure.kind().words(), String.valueOf(nanos / 1_000_000), String.valueOf(attempt), correlationId,
                    failure.getCause() == null ? "" : failure.getCause().getClass().getSimpleName());
        }
    }

    static void retrying(Exchange exchange, Duration pause, int nextAttempt, String correlationId) {
        if (LOG.isLoggable(Level.DEBUG)) {
            log(Level.DEBUG, "{0}: attempt {1} in {2} ms (correlation id {3})", exchange.describe(),
                    String.valueOf(nextAttempt), String.valueOf(pause.toMillis()), correlationId);
        }
    }

    static void challenged(Exchange exchange, int status, String correlationId) {
        if (LOG.isLoggable(Level.DEBUG)) {
            log(Level.DEBUG, "{0}: credentials refused with HTTP {1}, sending once more with fresh ones"
                    + " (correlation id {2})", exchange.describe(), String.valueOf(status), correlationId);
        }
    }

    static void body(String direction, Exchange exchange, byte[] body, String correlationId) {
        if (LOG.isLoggable(Level.TRACE)) {
            log(Level.TRACE, "{0} body of {1} (correlation id {2}): {3}", direction, exchange.describe(),
                    correlationId, BodyRedactor.redact(body));
        }
    }

    /** A request body held in memory is logged like an answer's; a streamed one only as streamed. */
    static void requestBody(Exchange exchange, RequestBody body, String correlationId) {
        if (LOG.isLoggable(Level.TRACE)) {
            body.bytes().ifPresentOrElse(b -> body("request", exchange, b, correlationId), () -> log(Level.TRACE,
                    "request body of {0} (correlation id {1}): streamed, not shown", exchange.describe(), correlationId));
        }
    }

    static void listenerMisbehaved(String listenerClass, String what) {
        log(Level.WARNING, "listener {0} {1}; later failures of this listener are not logged", listenerClass, what);
    }

    // Every argument passes the fødselsnummer mask: defence in depth behind the allow-list and the references' checks.
    private static void log(Level level, String pattern, String... args) {
        Object[] masked = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            masked[i] = Fodselsnummermaske.masker(args[i]);
        }
        LOG.log(level, pattern, masked);
    }
}
