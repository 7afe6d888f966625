package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import no.blaresept.sdk.spi.AuthChallenge;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.sdk.spi.TokenFailed;
import no.blaresept.sdk.spi.TokenFetched;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Listeners on the config hear of every token fetched, renewed or refused, and never see a token. */
class TokenEventsTest {

    final StsStub sts = new StsStub();
    final List<Object> events = new CopyOnWriteArrayList<>();
    final BlareseptListener recorder = new BlareseptListener() {
        @Override
        public void tokenFetched(TokenFetched token) {
            events.add(token);
        }

        @Override
        public void tokenFailed(TokenFailed token) {
            events.add(token);
        }
    };

    @AfterEach
    void tearDown() {
        sts.close();
    }

    void answerToken(String token) {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(StsStub.tokenJson(token, "DPoP", 3600))));
    }

    @Test
    void aFetchAndARenewalAfterARefusalAreToldWithScopeTypeAndExpiry() {
        answerToken("tok-secret-1");
        Instant before = Instant.now();
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().listener(recorder).build())) {
            provider.authorize(HelseIdTokenProviderTest.SEND);
            provider.authorize(HelseIdTokenProviderTest.SEND);
            provider.onChallenge(HelseIdTokenProviderTest.SEND,
                    new AuthChallenge(401, Optional.of("DPoP error=\"invalid_token\""), Optional.empty()));
            provider.authorize(HelseIdTokenProviderTest.SEND);
        }

        assertThat(events).hasSize(2).allSatisfy(e -> {
            TokenFetched fetched = (TokenFetched) e;
            assertThat(fetched.scopes()).containsExactly(BlareseptScope.SOKNAD.value());
            assertThat(fetched.tokenType()).isEqualTo("DPoP");
            assertThat(fetched.expiresAt()).isAfter(before.plus(Duration.ofMinutes(59)));
            assertThat(fetched.duration()).isPositive();
            assertThat(e.toString()).doesNotContain("tok-secret", "eyJ");
        });
        assertThat(events).extracting(e -> ((TokenFetched) e).renewal()).containsExactly(false, true);
    }

    @Test
    void aRefusedTokenRequestIsToldWithTheOAuthErrorButNotItsDescription() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"key of Kari Nordmann unknown\"}")));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().listener(recorder).build())) {
            assertThat(catchThrowable(() -> provider.accessToken(BlareseptScope.REGEL))).isInstanceOf(HelseIdException.class);
        }

        assertThat(events).singleElement().isInstanceOfSatisfying(TokenFailed.class, failed -> {
            assertThat(failed.scopes()).containsExactly(BlareseptScope.REGEL.value());
            assertThat(failed.renewal()).isFalse();
            assertThat(failed.oauthError()).contains("invalid_client");
            assertThat(failed.error()).isEqualTo("HelseIdException");
            assertThat(failed.toString()).doesNotContain("Kari", "unknown", "eyJ");
        });
    }

    @Test
    void aThrowingListenerDoesNotBreakTheTokenRequest() {
        answerToken("tok-1");
        BlareseptListener throwing = new BlareseptListener() {
            @Override
            public void tokenFetched(TokenFetched token) {
                throw new IllegalStateException("boom");
            }
        };
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().listener(throwing)
                .listener(recorder).build())) {
            assertThat(provider.accessToken(BlareseptScope.SOKNAD).value()).isEqualTo("tok-1");
        }

        assertThat(events).hasSize(1);
    }

    @Test
    void listenersSurviveToBuilder() {
        HelseIdConfig config = sts.config().listener(recorder).build();

        assertThat(config.toBuilder().build().listeners()).containsExactly(recorder);
    }
}
