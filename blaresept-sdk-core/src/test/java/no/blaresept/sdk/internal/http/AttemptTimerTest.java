package no.blaresept.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The alarm that ends a blocking attempt on the caller's thread, and leaves no interrupt behind. */
class AttemptTimerTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aCallThatBlocksTooLongEndsAsATimeoutAndTheThreadIsNotLeftInterrupted() {
        assertThatThrownBy(() -> AttemptTimer.run(Duration.ofMillis(100), () -> {
            Thread.sleep(60_000);
            return "never";
        })).isInstanceOf(TimeoutException.class).hasCauseInstanceOf(InterruptedException.class)
                .hasMessageContaining("100 ms");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aTransportThatTurnsTheInterruptIntoAnIoErrorStillTimesOut() {
        assertThatThrownBy(() -> AttemptTimer.run(Duration.ofMillis(100), () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                throw new InterruptedIOException("read interrupted");
            }
            return "never";
        })).isInstanceOf(TimeoutException.class).hasCauseInstanceOf(InterruptedIOException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aCallInTimeReturnsItsAnswerAndNoAlarmRingsLater() throws Exception {
        assertThat(AttemptTimer.run(Duration.ofMillis(200), () -> "svar")).isEqualTo("svar");

        Thread.sleep(400);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theCallersOwnInterruptIsPassedOnNotTakenForATimeout() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> AttemptTimer.run(Duration.ofSeconds(30), () -> {
            Thread.sleep(60_000);
            return "never";
        })).isInstanceOf(InterruptedException.class);
    }

    @Test
    void failuresOfTheCallInTimeAreThrownAsThey() {
        IOException reset = new IOException("connection reset");

        assertThatThrownBy(() -> AttemptTimer.run(Duration.ofSeconds(30), () -> {
            throw reset;
        })).isSameAs(reset);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
