package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.BlareseptScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Defects 3, 6 and 7: a misbehaving STS gives bounded waits and errors that say what to do. */
class StsFailureTest {

    final StsStub sts = new StsStub();

    @AfterEach
    void tearDown() {
        sts.close();
    }

    ApiRequest send(Duration deadlineIn) {
        return new ApiRequest("POST", URI.create("https://api.example/soknad/send"), BlareseptScope.SOKNAD,
                Instant.now().plus(deadlineIn));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // catches a hang, not a speed limit
    void bodyThatStallsAfterTheHeadersEndsAtTheRequestTimeout() throws Exception {
        // A raw token endpoint: headers and part of the body at once, then nothing while the connection stays open.
        try (ServerSocket stalling = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread server = new Thread(() -> stallAfterHeaders(stalling));
            server.setDaemon(true);
            server.start();
            sts.stubDiscovery(Map.of("token_endpoint", "http://127.0.0.1:" + stalling.getLocalPort() + "/connect/token"));
            try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config()
                    .requestTimeout(Duration.ofMillis(500)).build())) {
                long start = System.nanoTime();

                assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                        .isInstanceOf(HelseIdException.class).hasMessageContaining("requestTimeout")
                        .satisfies(e -> assertThat(((HelseIdException) e).isRetryable()).isTrue());
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            }
        }
    }

    private static void stallAfterHeaders(ServerSocket server) {
        try (Socket s = server.accept()) {
            s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                    + "{\"access_token\":").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.getInputStream().readAllBytes(); // hold the connection open until the client gives up
        } catch (IOException e) {
            // the client closed the connection: the end this test waits for
        }
    }

    @Test
    void slowTokenAnswerEndsTheWaitAtTheCallsDeadline() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(StsStub.tokenJson("tok-1", "DPoP", 3600)).withFixedDelay(8_000)));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            ApiRequest request = send(Duration.ofMillis(300));

            assertThatThrownBy(() -> provider.authorize(request))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("deadline")
                    .satisfies(e -> assertThat(((HelseIdException) e).isRetryable()).isTrue());
            // Well before the STS's 8 s answer (the generous bound only catches a wait that ignores the deadline).
            assertThat(Instant.now()).isBefore(request.deadline().plusSeconds(5));
        }
    }

    @Test
    void interruptEndsTheWaitForAStalledStsAndKeepsTheFlag() throws Exception {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(StsStub.tokenJson("tok-1", "DPoP", 3600)).withFixedDelay(20_000)));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            AtomicBoolean flagKept = new AtomicBoolean();
            Thread caller = new Thread(() -> {
                try {
                    provider.authorize(send(Duration.ofMinutes(5)));
                    outcome.complete(null);
                } catch (Throwable t) {
                    flagKept.set(Thread.currentThread().isInterrupted());
                    outcome.complete(t);
                }
            });
            caller.start();
            // Interrupt once the token request is at the STS, so the wait is the one being ended.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sts.posts("/connect/token").isEmpty() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            caller.interrupt();

            Throwable t = outcome.get(5, TimeUnit.SECONDS);
            assertThat(t).isInstanceOf(HelseIdException.class).hasMessageContaining("interrupted");
            assertThat(((HelseIdException) t).isRetryable()).isTrue();
            assertThat(flagKept).isTrue();
        }
    }

    @Test
    void refusedAssertionNamesTheAlgorithmAndKeyIdAndHowToChangeThem() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Signature on JWT token failed validation\"}")));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class)
                    .hasMessageContaining("ES256").hasMessageContaining("client-kid")
                    .hasMessageContaining("withAlgorithm").hasMessageContaining("Signature on JWT token failed validation")
                    .satisfies(e -> assertThat(((HelseIdException) e).error()).contains("invalid_client"));
        }
    }

    @Test
    void stsOutageIsRetryable() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withStatus(503)));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class)
                    .satisfies(e -> assertThat(((HelseIdException) e).isRetryable()).isTrue());
        }
    }

    @Test
    void unreachableStsIsRetryable() {
        HelseIdConfig config = sts.config().build();
        sts.close();
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config)) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("failed to reach the STS")
                    .satisfies(e -> assertThat(((HelseIdException) e).isRetryable()).isTrue());
        }
    }

    @Test
    void refusalIsNotRetryable() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_scope\"}")));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class)
                    .satisfies(e -> assertThat(((HelseIdException) e).isRetryable()).isFalse());
        }
    }
}
