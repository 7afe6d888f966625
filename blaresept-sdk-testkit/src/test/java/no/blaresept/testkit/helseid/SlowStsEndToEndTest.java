package no.blaresept.testkit.helseid;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.Curve;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.CallTimeoutException;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Getting a token counts against the calling operation's total deadline (issue 11, defect 3; issue 10's
 * SPI contract): an STS that sends its headers and then dribbles the token answer over 20 s must not hold
 * a call with a 3 s total timeout past its deadline, through the real {@code BlareseptClient} and the real
 * {@code HelseIdTokenProvider} together. Before the fix, such a call waited for the whole answer.
 */
class SlowStsEndToEndTest {

    private static final Duration TOTAL = Duration.ofSeconds(3);

    private WireMockServer sts;
    private BlareseptMockServer api;
    private HelseIdTokenProvider helseId;

    @BeforeEach
    void start() throws Exception {
        sts = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        sts.start();
        String issuer = "http://127.0.0.1:" + sts.port();
        sts.stubFor(get("/.well-known/openid-configuration").willReturn(okJson(
                "{\"issuer\":\"" + issuer + "\",\"token_endpoint\":\"" + issuer + "/connect/token\"}")));
        sts.stubFor(post("/connect/token").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"x\",\"token_type\":\"DPoP\",\"expires_in\":600,\"scope\":\"s\"}")
                .withChunkedDribbleDelay(20, 20_000)));
        api = BlareseptMockServer.start();
        ClientKey key = ClientKey.ofJwk(new ECKeyGenerator(Curve.P_256).keyID("epj").generate().toJSONString());
        helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
                .issuer(issuer).clientId("epj").clientKey(key).requestTimeout(Duration.ofSeconds(60)).build());
    }

    @AfterEach
    void stop() {
        helseId.close();
        api.close();
        sts.stop();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aStalledTokenAnswerEndsTheCallAtItsTotalDeadlineAndNothingIsSent() {
        try (BlareseptClient client = api.clientBuilder().authentication(helseId)
                .timeouts(Timeouts.DEFAULT.withTotal(TOTAL)).build()) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> client.vedtak().sok(HelseIdEndToEndTest.forskrivning()))
                    .isInstanceOf(CallTimeoutException.class)
                    .hasMessageContaining("nothing was sent");

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // 3 s plus slack for a loaded machine; the token answer alone takes 20 s
            assertThat(took).isLessThan(TOTAL.plusSeconds(4));
            assertThat(api.mottatt(ApiEndpoint.VEDTAK_SOK)).isEmpty();
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }
}
