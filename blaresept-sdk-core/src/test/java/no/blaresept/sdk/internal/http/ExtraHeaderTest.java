package no.blaresept.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExtraHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "authorization", "DPoP", "dpop", "Proxy-Authorization", "X-Correlation-ID",
            "User-Agent", "Accept", "Content-Type", "Content-Length", "Host", "Connection", "Expect", "Upgrade"})
    void theSdksOwnAndTheHttpClientsHeadersAreRefused(String name) {
        assertThat(ExtraHeader.problem(name, "x", Set.of())).hasValueSatisfying(p -> assertThat(p).contains("SDK's own"));
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("", "x", "not an HTTP token"),
                Arguments.of("X Trace", "x", "not an HTTP token"),
                Arguments.of("X-Trace:", "x", "not an HTTP token"),
                Arguments.of("Spor-\u00f8", "x", "not an HTTP token"),
                Arguments.of("X-Trace", "secret\rX-Evil: 1", "cannot carry"),
                Arguments.of("X-Trace", "secret\nX-Evil: 1", "cannot carry"),
                Arguments.of("X-Trace", "secret\u0000", "cannot carry"),
                Arguments.of("X-Trace", "bl\u00e5resept", "cannot carry"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedHeadersAreRefusedWithoutQuotingTheValue(String name, String value, String problem) {
        assertThat(ExtraHeader.problem(name, value, Set.of()))
                .hasValueSatisfying(p -> assertThat(p).contains(problem).doesNotContain("secret", "X-Evil", "resept"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"traceparent", "tracestate", "baggage", "X-B3-TraceId", "X-Request-Id"})
    void traceHeadersPass(String name) {
        assertThat(ExtraHeader.problem(name, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 x", Set.of())).isEmpty();
    }

    @Test
    void aSecondListenersCopyOfAHeaderAndAnOverlongValueAreRefused() {
        assertThat(ExtraHeader.problem("TraceParent", "x", Set.of("traceparent"))).hasValueSatisfying(p -> assertThat(p).contains("twice"));
        assertThat(ExtraHeader.problem("X-Trace", "x".repeat(ExtraHeader.MAX_VALUE_LENGTH + 1), Set.of()))
                .hasValueSatisfying(p -> assertThat(p).contains("longer than"));
        assertThat(ExtraHeader.problem(null, "x", Set.of())).isPresent();
        assertThat(ExtraHeader.problem("X-Trace", null, Set.of())).isPresent();
    }
}
