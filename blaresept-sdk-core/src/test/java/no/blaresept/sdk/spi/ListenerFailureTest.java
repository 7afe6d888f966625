package no.blaresept.sdk.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.logging.Level;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.LogLines;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A listener that throws, or asks for headers it may not set, changes nothing about a call but a WARNING. */
class ListenerFailureTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    @RegisterExtension
    final LogLines log = new LogLines();

    /** Throws from every method, with personal data in the message. */
    static final class Throwing implements BlareseptListener {
        private RuntimeException boom() {
            return new IllegalStateException("listener saw " + Testdata.FNR);
        }

        @Override
        public void callStarted(CallStarted call) {
            throw boom();
        }

        @Override
        public Map<String, String> requestHeaders(CallStarted call) {
            throw boom();
        }

        @Override
        public void attemptEnded(AttemptEnded attempt) {
            throw boom();
        }

        @Override
        public void callEnded(CallEnded call) {
            throw boom();
        }
    }

    @Test
    void aThrowingListenerBreaksNoCallStopsNoOtherListenerAndIsLoggedOnceWithoutItsMessage() {
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(okJson("{\"utfall\":\"INGEN_VEDTAK\"}")));
        RecordingListener after = new RecordingListener();

        try (BlareseptClient client = api.clientBuilder().listener(new Throwing()).listener(after).build()) {
            assertThat(client.vedtak().sok(Testdata.forskrivning())).isInstanceOf(VedtakSokResultat.IngenVedtak.class);
            assertThat(client.vedtak().sokAsync(Testdata.forskrivning()).join())
                    .isInstanceOf(VedtakSokResultat.IngenVedtak.class);
        }

        assertThat(after.kinds()).containsExactly("CallStarted", "AttemptEnded", "CallEnded",
                "CallStarted", "AttemptEnded", "CallEnded");
        assertThat(log.at(Level.WARNING)).singleElement().asString()
                .contains(Throwing.class.getName(), "IllegalStateException").doesNotContain(Testdata.FNR, "listener saw");
    }

    @Test
    void aTraceHeaderGoesWithEveryAttemptAndForbiddenOnesAreLeftOut() {
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(okJson("{\"utfall\":\"INGEN_VEDTAK\"}")));
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        RecordingListener tracer = new RecordingListener(Map.of("traceparent", traceparent, "tracestate", "vendor=1"));
        RecordingListener forger = new RecordingListener(Map.of("Authorization", "Bearer forged"));
        RecordingListener splitter = new RecordingListener(Map.of("X-Injected", "a\r\nX-Evil: 1"));

        try (BlareseptClient client = api.clientBuilder().listener(tracer).listener(forger).listener(splitter).build()) {
            client.vedtak().sok(Testdata.forskrivning());
        }

        var request = api.requests().get(0);
        assertThat(request.getHeader("traceparent")).isEqualTo(traceparent);
        assertThat(request.getHeader("tracestate")).isEqualTo("vendor=1");
        assertThat(request.getHeaders().getHeader("Authorization").values()).containsExactly("Bearer " + StubApi.TOKEN);
        assertThat(request.containsHeader("X-Injected")).isFalse();
        assertThat(request.containsHeader("X-Evil")).isFalse();
        assertThat(log.at(Level.WARNING)).hasSize(2).noneMatch(w -> w.contains("forged") || w.contains("X-Evil"));
        assertThat(log.at(Level.WARNING)).anySatisfy(w -> assertThat(w).contains("Authorization is the SDK's own"));
        assertThat(log.at(Level.WARNING)).anySatisfy(w -> assertThat(w).contains("X-Injected with a character"));
    }
}
