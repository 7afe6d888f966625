package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.blaresept.auth.internal.Discovery;
import no.blaresept.sdk.spi.BlareseptScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Defect 5: discovery is cached with an expiry, refreshed when an endpoint moved, compared exactly, and trusted only for the issuer's host. */
class DiscoveryTest {

    final StsStub sts = new StsStub();
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));

    @AfterEach
    void tearDown() {
        sts.close();
    }

    int discoveryFetches() {
        return sts.wm.findAll(getRequestedFor(urlEqualTo("/.well-known/openid-configuration"))).size();
    }

    void answerToken(String path) {
        sts.wm.stubFor(post(path).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(StsStub.tokenJson("tok-1", "DPoP", 60))));
    }

    @Test
    void movedTokenEndpointIsFoundByFetchingDiscoveryAgain() {
        answerToken("/connect/token");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().clock(clock).build())) {
            provider.accessToken(BlareseptScope.SOKNAD);
            sts.stubDiscovery(Map.of("token_endpoint", sts.issuer() + "/connect/token-v2"));
            sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withStatus(404)));
            answerToken("/connect/token-v2");

            AccessToken token = provider.accessToken(BlareseptScope.VEDTAKSSPORRING);

            assertThat(token.value()).isEqualTo("tok-1");
            assertThat(sts.posts("/connect/token-v2")).hasSize(1);
            assertThat(discoveryFetches()).isEqualTo(2);
        }
    }

    @Test
    void refusalWithAnOAuthErrorDoesNotRefetchDiscovery() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_scope\"}")));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().clock(clock).build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD)).isInstanceOf(HelseIdException.class);

            assertThat(discoveryFetches()).isEqualTo(1);
            assertThat(sts.posts("/connect/token")).hasSize(1);
        }
    }

    @Test
    void cachedDocumentExpires() {
        answerToken("/connect/token");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().clock(clock).build())) {
            provider.accessToken(BlareseptScope.SOKNAD);
            clock.advance(Discovery.CACHE_LIFETIME.minusSeconds(1));
            provider.accessToken(BlareseptScope.VEDTAKSSPORRING);
            assertThat(discoveryFetches()).isEqualTo(1);

            clock.advance(Duration.ofSeconds(1));
            provider.accessToken(BlareseptScope.REGEL);

            assertThat(discoveryFetches()).isEqualTo(2);
        }
    }

    @Test
    void issuerMismatchIsRefusedOnceWithoutRetryAndIsNotRetryable() {
        sts.stubDiscovery(Map.of("issuer", "https://other-sts.example"));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("must match exactly")
                    .satisfies(e -> assertThat(((HelseIdException) e).isRetryable()).isFalse());

            assertThat(discoveryFetches()).isEqualTo(1);
        }
    }

    @Test
    void issuerDifferingOnlyByATrailingSlashIsRefused() {
        sts.stubDiscovery(Map.of("issuer", sts.issuer() + "/"));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("must match exactly");
        }
    }

    @Test
    void foreignTokenEndpointNeverReceivesTheClientAssertion() {
        WireMockServer foreign = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        foreign.start();
        try {
            // Same loopback address, so only the host name differs: localhost is not 127.0.0.1.
            String foreignEndpoint = "http://localhost:" + foreign.port() + "/connect/token";
            sts.stubDiscovery(Map.of("token_endpoint", foreignEndpoint));
            try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
                assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                        .isInstanceOf(HelseIdException.class).hasMessageContaining("not the issuer's")
                        .hasMessageContaining("allowEndpointHost");
            }
            assertThat(foreign.getAllServeEvents()).isEmpty();
        } finally {
            foreign.stop();
        }
    }

    @Test
    void allowedEndpointHostIsUsed() {
        WireMockServer other = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        other.start();
        try {
            other.stubFor(post("/connect/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                    .withBody(StsStub.tokenJson("tok-other", "DPoP", 60))));
            sts.stubDiscovery(Map.of("token_endpoint", "http://localhost:" + other.port() + "/connect/token"));
            try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().allowEndpointHost("LOCALHOST").build())) {
                assertThat(provider.accessToken(BlareseptScope.SOKNAD).value()).isEqualTo("tok-other");
            }
        } finally {
            other.stop();
        }
    }

    @Test
    void endpointWithoutHttpsIsRefused() {
        sts.stubDiscovery(Map.of("token_endpoint", "http://sts.example/connect/token"));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().allowEndpointHost("sts.example").build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("without https");
        }
    }
}
