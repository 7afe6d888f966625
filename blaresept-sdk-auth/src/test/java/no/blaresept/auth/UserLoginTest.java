package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import no.blaresept.auth.internal.Jose;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.BlareseptScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserLoginTest {

    static final URI REDIRECT = URI.create("http://127.0.0.1:7890/callback");
    final StsStub sts = new StsStub();
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
    HelseIdTokenProvider provider;

    @BeforeEach
    void setUp() {
        sts.wm.stubFor(post("/connect/par").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"request_uri\":\"urn:ietf:params:oauth:request_uri:abc\",\"expires_in\":60}")));
        provider = HelseIdTokenProvider.create(sts.config().clock(clock).build());
    }

    @AfterEach
    void tearDown() {
        provider.close();
        sts.close();
    }

    UserLogin begin() {
        return provider.beginUserLogin(UserLoginRequest.of(REDIRECT, Set.of("hdir:blareseptsoknad/soknad")));
    }

    void answerCode(String refreshToken) {
        sts.wm.stubFor(post("/connect/token").withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"user-1\",\"token_type\":\"DPoP\",\"expires_in\":3600,"
                                + "\"scope\":\"openid hdir:blareseptsoknad/soknad\",\"refresh_token\":\"" + refreshToken + "\"}")));
    }

    @Test
    void loginPushesAPkceRequestBoundToTheDpopKey() {
        UserLogin login = begin();

        Map<String, String> par = StsStub.form(sts.posts("/connect/par").get(0));
        assertThat(par).containsEntry("response_type", "code")
                .containsEntry("redirect_uri", REDIRECT.toString())
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("state", login.state())
                .containsEntry("dpop_jkt", provider.dpopKeyThumbprint().orElseThrow())
                .containsKeys("code_challenge", "nonce", "client_assertion");
        assertThat(par.get("scope").split(" ")).contains("openid", "offline_access", "hdir:blareseptsoknad/soknad");
        assertThat(login.authorizationUri().toString())
                .startsWith(sts.issuer() + "/connect/authorize?client_id=client-a&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc");
        assertThat(login.expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(login.toString()).contains("masked");
    }

    @Test
    void codeIsRedeemedWithTheVerifierMatchingTheChallenge() {
        answerCode("refresh-1");
        UserLogin login = begin();

        UserSession session = provider.completeUserLogin(login, "the-code", login.state());

        String challenge = StsStub.form(sts.posts("/connect/par").get(0)).get("code_challenge");
        Map<String, String> redeem = StsStub.form(sts.posts("/connect/token").get(0));
        assertThat(redeem).containsEntry("code", "the-code").containsEntry("redirect_uri", REDIRECT.toString());
        assertThat(Jose.sha256(redeem.get("code_verifier"))).isEqualTo(challenge);
        assertThat(session.accessToken().value()).isEqualTo("user-1");
        assertThat(session.canRefresh()).isTrue();
        assertThat(session.toString()).doesNotContain("user-1").doesNotContain("refresh-1");
    }

    @Test
    void redirectWithAnotherStateIsRefused() {
        UserLogin login = begin();

        assertThatThrownBy(() -> provider.completeUserLogin(login, "code", "forged"))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("state");
        assertThat(sts.posts("/connect/token")).isEmpty();
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        answerCode("refresh-1");
        sts.wm.stubFor(post("/connect/token").withRequestBody(containing("refresh_token=refresh-1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"user-2\",\"token_type\":\"DPoP\",\"expires_in\":3600,\"refresh_token\":\"refresh-2\"}")));
        sts.wm.stubFor(post("/connect/token").withRequestBody(containing("refresh_token=refresh-2"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"user-3\",\"token_type\":\"DPoP\",\"expires_in\":3600,\"refresh_token\":\"refresh-3\"}")));
        UserLogin login = begin();
        UserSession session = provider.completeUserLogin(login, "code", login.state());

        clock.advance(Duration.ofMinutes(61));
        assertThat(session.accessToken().value()).isEqualTo("user-2");
        clock.advance(Duration.ofMinutes(61));
        assertThat(session.accessToken().value()).isEqualTo("user-3");
    }

    @Test
    void sessionWithoutTheEndpointScopeRefusesTheCall() {
        answerCode("refresh-1");
        UserLogin login = begin();
        UserSession session = provider.completeUserLogin(login, "code", login.state());

        ApiRequest lookup = new ApiRequest("POST", URI.create("https://api.example/vedtak/sok"), BlareseptScope.VEDTAKSSPORRING);
        assertThatThrownBy(() -> session.authorize(lookup))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("hdir:blareseptsoknad/vedtakssporring");
        ApiRequest send = new ApiRequest("POST", URI.create("https://api.example/soknad/send"), BlareseptScope.SOKNAD);
        assertThat(session.authorize(send).asMap()).containsEntry("Authorization", "DPoP user-1");
    }

    @Test
    void expiredSessionWithoutRefreshTokenAsksForANewLogin() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"user-1\",\"token_type\":\"DPoP\",\"expires_in\":3600}")));
        UserLogin login = begin();
        UserSession session = provider.completeUserLogin(login, "code", login.state());
        clock.advance(Duration.ofMinutes(61));

        assertThatThrownBy(session::accessToken).isInstanceOf(HelseIdException.class).hasMessageContaining("log the user in again");
    }
}
