package no.blaresept.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.blaresept.sdk.RetryPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    private static final RetryPolicy POLICY = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000));

    @ParameterizedTest(name = "retry {0}: pause in [{1}, {2}] ms")
    @CsvSource({"1, 50, 100", "2, 100, 200", "3, 200, 400", "4, 400, 800", "5, 500, 1000", "9, 500, 1000", "40, 500, 1000"})
    void pausesGrowExponentiallyWithJitterUpToTheCap(int retry, long min, long max) {
        for (int i = 0; i < 200; i++) {
            assertThat(Backoff.before(POLICY, retry).toMillis()).isBetween(min, max);
        }
    }

    @ParameterizedTest
    @CsvSource({"1", "3"})
    void pausesAreJittered(int retry) {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToLong(i -> Backoff.before(POLICY, retry).toMillis()).distinct().count();
        assertThat(distinct).isGreaterThan(5);
    }
}
