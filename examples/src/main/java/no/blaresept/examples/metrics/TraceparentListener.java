package no.blaresept.examples.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.CallStarted;

/**
 * Carries the caller's W3C trace context ({@code traceparent}) on every request of a call, so the
 * Blåresept API's logs join the EPJ's trace. The SDK asks on the thread that made the call (also for
 * {@code …Async} calls), so a supplier reading a thread-bound context works, e.g. with OpenTelemetry:
 *
 * <pre>{@code
 * new TraceparentListener(() -> Optional.of(Span.current().getSpanContext()).filter(SpanContext::isValid)
 *         .map(c -> "00-" + c.getTraceId() + "-" + c.getSpanId() + "-" + c.getTraceFlags().asHex()));
 * }</pre>
 *
 * A value that is not a version-00 {@code traceparent} is not sent: a broken trace header is worse
 * than none.
 *
 * <p>Thread-safe when the supplier is.
 */
public final class TraceparentListener implements BlareseptListener {

    private static final Pattern TRACEPARENT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    private final Supplier<Optional<String>> current;

    /** @param current the calling thread's {@code traceparent}, empty outside a trace */
    public TraceparentListener(Supplier<Optional<String>> current) {
        this.current = Objects.requireNonNull(current, "current");
    }

    @Override
    public Map<String, String> requestHeaders(CallStarted call) {
        return current.get().filter(v -> TRACEPARENT.matcher(v).matches())
                .map(v -> Map.of("traceparent", v)).orElse(Map.of());
    }
}
