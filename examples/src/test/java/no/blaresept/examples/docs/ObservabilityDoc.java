package no.blaresept.examples.docs;

// region::imports
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Supplier;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.examples.metrics.MicrometerListener;
import no.blaresept.examples.metrics.TraceparentListener;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Environment;
// end::imports

/** The observability snippets of docs/core.md; compiled, not run (MicrometerListenerTest runs the listener). */
final class ObservabilityDoc {

    private ObservabilityDoc() {
    }

    static BlareseptClient micrometer(MeterRegistry meterRegistry, HelseIdConfig helseIdConfig) {
        // region::micrometer
        MicrometerListener metrics = new MicrometerListener(meterRegistry);   // examples: no.blaresept.examples.metrics
        HelseIdTokenProvider helseId = HelseIdTokenProvider.of(helseIdConfig.toBuilder().listener(metrics).build());
        BlareseptClient client = BlareseptClient.builder()
                .environment(Environment.TEST)
                .epjSystem("Journalsystemet", "4.2.1")
                .authentication(helseId)
                .listener(metrics)
                .build();
        // end::micrometer
        return client;
    }

    static TraceparentListener traceparent(Supplier<Optional<String>> currentTraceparent) {
        // region::traceparent
        TraceparentListener traceparent = new TraceparentListener(currentTraceparent);   // the caller's current span
        BlareseptClient.Builder builder = BlareseptClient.builder().listener(traceparent);
        // end::traceparent
        return traceparent;
    }
}
