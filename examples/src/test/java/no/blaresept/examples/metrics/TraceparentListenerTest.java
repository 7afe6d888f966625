package no.blaresept.examples.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.ReceivedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The caller's trace context reaches the mock API as {@code traceparent}; a malformed one does not. */
class TraceparentListenerTest {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    Optional<String> sentWith(Optional<String> current) {
        try (BlareseptMockServer mock = BlareseptMockServer.start();
             BlareseptClient client = mock.clientBuilder().listener(new TraceparentListener(() -> current)).build()) {
            client.vedtak().sok(MicrometerListenerTest.forskrivning());
            ReceivedRequest received = mock.mottatt(ApiEndpoint.VEDTAK_SOK).get(0);
            return received.header("traceparent");
        }
    }

    @Test
    void theCurrentTraceparentIsSent() {
        assertThat(sentWith(Optional.of(TRACEPARENT))).contains(TRACEPARENT);
    }

    @Test
    void outsideATraceNothingIsSent() {
        assertThat(sentWith(Optional.empty())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\nX: 1"})
    void aMalformedTraceparentIsNotSent(String malformed) {
        assertThat(sentWith(Optional.of(malformed))).isEmpty();
    }
}
