package no.blaresept.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.CallTimeoutException;
import no.blaresept.sdk.error.ServiceUnavailableException;
import no.blaresept.sdk.spi.RequestAuthenticator;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.sdk.vedtak.Vedtaksdokumentfil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed decision letter against a raw loopback server that breaks the body off: a reset is
 * fetched again and the file is the whole letter; a stall ends within the total deadline; neither leaves
 * a temporary file or harms the file that was there.
 */
class DokumentStreamingTest {

    private static final long LENGTH = 3L << 20;
    private static final Dokumentreferanse DOK = new Dokumentreferanse("DOK-42");
    private static final Timeouts TIMEOUTS = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(3));
    /** The watchdog's tick and a busy two-core machine. */
    private static final Duration SLACK = Duration.ofSeconds(2);
    private static final byte[] OLD = "last week's letter".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    /** The letter saved before: a failed fetch must leave it as it was. */
    private Path fil;

    @BeforeEach
    void saveLastWeeksLetter() throws Exception {
        fil = Files.write(dir.resolve("vedtak.pdf"), OLD);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // catches a hang, not a speed limit
    void aResetMidBodyIsFetchedAgainAndTheFileIsTheWholeLetter() throws Exception {
        try (Dokumentserver server = new Dokumentserver(LENGTH, Dokumentserver.Svar.RESET_MIDTVEIS, Dokumentserver.Svar.HELT);
             BlareseptClient client = client(server)) {

            Vedtaksdokumentfil dokument = client.vedtak().hentVedtaksdokument(DOK, fil);

            assertThat(fil).hasBinaryContent(server.innhold());
            assertThat(dokument.sha256()).isEqualTo(server.sha256());
            assertThat(server.connections()).isEqualTo(2);
        }
        assertThat(files()).containsExactly(fil);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aBodyThatAlwaysBreaksOffEndsTypedAfterTheAttemptsAndLeavesTheOldFile() throws Exception {
        try (Dokumentserver server = new Dokumentserver(LENGTH, Dokumentserver.Svar.RESET_MIDTVEIS);
             BlareseptClient client = client(server)) {

            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, fil)))
                    .isInstanceOf(ServiceUnavailableException.class).hasMessageContaining("3 attempts");

            assertThat(fil).hasBinaryContent(OLD);
            assertThat(server.connections()).isEqualTo(3);
        }
        assertThat(files()).containsExactly(fil);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStalledBodyEndsWithinTheTotalDeadlineTypedAndLeavesNoFile() throws Exception {
        try (Dokumentserver server = new Dokumentserver(LENGTH, Dokumentserver.Svar.STOPPER_MIDTVEIS);
             BlareseptClient client = client(server)) {
            long start = System.nanoTime();

            Throwable thrown = catchThrowable(() -> client.vedtak().hentVedtaksdokument(DOK, fil));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUTS.total().plus(SLACK));
            assertThat(thrown).isInstanceOf(CallTimeoutException.class);
            assertThat(fil).hasBinaryContent(OLD);
            assertThat(files()).containsExactly(fil);
        }
    }

    private static BlareseptClient client(Dokumentserver server) {
        return BlareseptClient.builder().baseUri(URI.create("http://127.0.0.1:" + server.port()))
                .epjSystem("Testjournal", "1.0")
                .authentication(RequestAuthenticator.bearer(scope -> "fuzz-token"))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(40)))
                .timeouts(TIMEOUTS).build();
    }

    private List<Path> files() throws Exception {
        try (var listing = Files.list(dir)) {
            return listing.toList();
        }
    }
}
