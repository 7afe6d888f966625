package no.blaresept.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.ResponseLimits;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.UnexpectedResponseException;
import no.blaresept.sdk.spi.RequestAuthenticator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A 50 MB answer with no declared length, written as fast as the client takes it and never held by the
 * server: the SDK stops reading at its JSON cap, so the server gets nowhere near the end. Run with
 * {@code -DargLine="-Xmx64m -Xlog:gc:file=gc.log"} it is also the heap figure of docs/core.md.
 */
class FiftyMegabyteAnswerTest {

    private static final long FIFTY_MB = 50L << 20;

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // catches a hang, not a speed limit
    void aFiftyMegabyteAnswerIsCutOffAtTheCapWithoutBeingReadToItsEnd() throws Exception {
        AtomicLong written = new AtomicLong();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> answerFiftyMegabytes(server, written));
            answering.setDaemon(true);
            answering.start();
            try (BlareseptClient client = BlareseptClient.builder()
                    .baseUri(URI.create("http://127.0.0.1:" + server.getLocalPort()))
                    .epjSystem("Testjournal", "1.0")
                    .authentication(RequestAuthenticator.bearer(scope -> "fuzz-token"))
                    .retryPolicy(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10)))
                    .timeouts(new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30)))
                    .build()) {

                assertThat(catchThrowable(() -> client.vedtak().sok(Testdata.forskrivning())))
                        .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("ResponseLimits");
            }
            answering.join(10_000);
        }
        // The cap plus what socket buffers hold: the rest was never asked for.
        assertThat(written.get()).isGreaterThan(ResponseLimits.DEFAULT.maxJsonBytes())
                .isLessThan(ResponseLimits.DEFAULT.maxJsonBytes() + (16L << 20));
    }

    private static void answerFiftyMegabytes(ServerSocket server, AtomicLong written) {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            byte[] request = new byte[8192];
            in.read(request); // the request line and headers; the body is not needed
            OutputStream out = s.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
                    + "{\"utfall\":\"INGEN_VEDTAK\",\"x\":\"").getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[64 * 1024];
            Arrays.fill(block, (byte) 'a');
            while (written.get() < FIFTY_MB) {
                out.write(block);
                written.addAndGet(block.length);
            }
        } catch (IOException e) {
            // the client closed the connection once it had read its cap: the end this test waits for
        }
    }
}
