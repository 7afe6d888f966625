package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
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
    static final String SOKNAD = "hdir:blareseptsoknad/soknad";
    static final String FNR = "15838510075";
    final StsStub sts = new StsStub();
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T08:00:00Z"));
    HelseIdTokenProvider provider;

    @BeforeEach
    void setUp() {
        sts.wm.stubFor(post("/connect/par").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"request_uri\":\"urn:ietf:params:oauth:request_uri:abc\",\"expires_in\":60}")));
        provider = HelseIdTokenProvider.of(sts.config().clock(clock).build());
    }

    @AfterEach
    void tearDown() {
        provider.close();
        sts.close();
    }

    UserLogin begin() {
        return provider.beginUserLogin(UserLoginRequest.of(REDIRECT, Set.of(SOKNAD)).withRefreshToken());
    }

    String pushedNonce() {
        return StsStub.form(sts.posts("/connect/par").get(0)).get("nonce");
    }

    /** The STS's redirect back to the EPJ: code, state and this STS's iss. */
    URI redirect(UserLogin login, String code) {
        return URI.create(REDIRECT + "?code=" + code + "&state=" + login.state() + "&iss=" + enc(sts.issuer()));
    }

    /** Answers the code with a token, the given refresh token (or none) and an ID token for the pushed nonce. */
    void answerCode(String refreshToken, Map<String, Object> idTokenClaims) {
        Map<String, Object> claims = new HashMap<>(Map.of("nonce", pushedNonce(), "at_hash", leftHalfHash("user-1")));
        claims.putAll(idTokenClaims);
        sts.wm.stubFor(post("/connect/token").withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"user-1\",\"token_type\":\"DPoP\",\"expires_in\":3600,"
                                + "\"scope\":\"openid " + SOKNAD + "\","
                                + (refreshToken.isEmpty() ? "" : "\"refresh_token\":\"" + refreshToken + "\",")
                                + "\"id_token\":\"" + sts.idToken(clock.instant(), claims) + "\"}")));
    }

    UserSession logIn(String refreshToken) {
        UserLogin login = begin();
        answerCode(refreshToken, Map.of());
        return provider.completeUserLogin(login, redirect(login, "the-code"));
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
        assertThat(login.authorizationUri().toString())
                .startsWith(sts.issuer() + "/connect/authorize?client_id=client-a&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc");
        assertThat(login.expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(login.toString()).contains("masked").doesNotContain(pushedNonce());
    }

    @Test
    void loginAsksForExactlyOpenidAndTheCallersScopes() {
        provider.beginUserLogin(UserLoginRequest.of(REDIRECT, Set.of(SOKNAD)));

        String scope = StsStub.form(sts.posts("/connect/par").get(0)).get("scope");
        assertThat(scope.split(" ")).containsExactlyInAnyOrder("openid", SOKNAD);
    }

    @Test
    void refreshTokenAndProfileAreAskedForOnlyWhenTheCallerAsks() {
        UserLoginRequest request = UserLoginRequest.of(REDIRECT, Set.of(SOKNAD)).withRefreshToken().withProfile();

        assertThat(request.scopes()).containsExactlyInAnyOrder("openid", SOKNAD, "offline_access", "profile");
        assertThatThrownBy(() -> UserLoginRequest.of(REDIRECT, Set.of("a b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whitespace");
    }

    @Test
    void promptIsPushedWhenAskedFor() {
        provider.beginUserLogin(UserLoginRequest.of(REDIRECT, Set.of(SOKNAD)).withPrompt("login"));

        assertThat(StsStub.form(sts.posts("/connect/par").get(0))).containsEntry("prompt", "login");
    }

    @Test
    void codeIsRedeemedWithTheVerifierMatchingTheChallenge() {
        UserSession session = logIn("refresh-1");

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

        assertThatThrownBy(() -> provider.completeUserLogin(login,
                URI.create(REDIRECT + "?code=c&state=forged&iss=" + enc(sts.issuer()))))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("state");
        assertThat(sts.posts("/connect/token")).isEmpty();
    }

    @Test
    void redirectFromAnotherIssuerIsRefusedBeforeAnyTokenRequest() {
        UserLogin login = begin();

        assertThatThrownBy(() -> provider.completeUserLogin(login, URI.create(REDIRECT + "?code=c&state="
                + login.state() + "&iss=" + enc("https://attacker.example"))))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("mix-up").hasMessageContaining("attacker.example");
        assertThat(sts.posts("/connect/token")).isEmpty();
    }

    @Test
    void redirectWithoutIssIsRefusedWhenTheStsAdvertisesIt() {
        UserLogin login = begin();

        assertThatThrownBy(() -> provider.completeUserLogin(login, Map.of("code", "c", "state", login.state())))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("no iss");
        assertThat(sts.posts("/connect/token")).isEmpty();
    }

    @Test
    void redirectWithoutIssIsAcceptedWhenTheStsDoesNotAdvertiseIt() {
        sts.stubDiscovery(Map.of("authorization_response_iss_parameter_supported", false));
        UserLogin login = begin();
        answerCode("", Map.of());

        UserSession session = provider.completeUserLogin(login, Map.of("code", "c", "state", login.state()));

        assertThat(session.accessToken().value()).isEqualTo("user-1");
    }

    @Test
    void errorRedirectCarriesTheStsError() {
        UserLogin login = begin();

        assertThatThrownBy(() -> provider.completeUserLogin(login, URI.create(REDIRECT + "?error=access_denied"
                + "&error_description=user+cancelled&state=" + login.state() + "&iss=" + enc(sts.issuer()))))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("user cancelled")
                .satisfies(e -> assertThat(((HelseIdException) e).error()).contains("access_denied"));
        assertThat(sts.posts("/connect/token")).isEmpty();
    }

    @Test
    void redirectRepeatingAParameterIsRefused() {
        UserLogin login = begin();

        assertThatThrownBy(() -> provider.completeUserLogin(login, URI.create(redirect(login, "c") + "&code=other")))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("repeats");
    }

    @Test
    void redirectWithoutParametersIsATypedError() {
        UserLogin login = begin();

        assertThatThrownBy(() -> provider.completeUserLogin(login, REDIRECT))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("no query parameters");
        assertThatThrownBy(() -> provider.completeUserLogin(login, (URI) null))
                .isInstanceOf(NullPointerException.class).hasMessage("redirect");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("code", null);
        assertThatThrownBy(() -> provider.completeUserLogin(login, withNull))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("code");
        assertThat(sts.posts("/connect/token")).isEmpty();
    }

    @Test
    void sessionCarriesTheUsersIdentityFromTheIdTokenWithThePersonalNumberMasked() {
        UserLogin login = begin();
        answerCode("", Map.of("name", "Kari Lege", "helseid://claims/hpr/hpr_number", "565501872",
                "helseid://claims/identity/security_level", "4", "helseid://claims/identity/pid", FNR));

        UserSession session = provider.completeUserLogin(login, redirect(login, "the-code"));

        Brukeridentitet user = session.identity();
        assertThat(user.subject()).isEqualTo("user-sub-1");
        assertThat(user.navn()).contains("Kari Lege");
        assertThat(user.hprNummer()).contains("565501872");
        assertThat(user.sikkerhetsniva()).contains("4");
        assertThat(user.fodselsnummer().orElseThrow().value()).isEqualTo(FNR);
        assertThat(user.toString()).doesNotContain(FNR).doesNotContain("Kari").contains("565501872");
        assertThat(session.toString()).doesNotContain(FNR).doesNotContain("Kari");
    }

    @Test
    void idTokenWithAnotherNonceIsRefused() {
        assertRefusedIdToken(Map.of("nonce", "replayed"), "nonce");
    }

    @Test
    void idTokenForAnotherClientIsRefused() {
        assertRefusedIdToken(Map.of("aud", "client-b"), "aud");
    }

    @Test
    void idTokenFromAnotherIssuerIsRefused() {
        assertRefusedIdToken(Map.of("iss", "https://attacker.example"), "iss");
    }

    @Test
    void expiredIdTokenIsRefused() {
        assertRefusedIdToken(Map.of("exp", clock.instant().minusSeconds(600).getEpochSecond()), "Expired");
    }

    @Test
    void idTokenWhoseAtHashDoesNotMatchTheAccessTokenIsRefused() {
        assertRefusedIdToken(Map.of("at_hash", leftHalfHash("another-token")), "at_hash");
    }

    @Test
    void idTokenWithAnInvalidPersonalNumberIsRefusedWithoutShowingIt() {
        assertRefusedIdToken(Map.of("helseid://claims/identity/pid", "15838510076"), "fødselsnummer");
    }

    @Test
    void idTokenSignedByAnotherKeyIsRefused() throws Exception {
        UserLogin login = begin();
        answerCode("", Map.of());
        var impostor = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("sts-kid").generate();
        sts.wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/jwks").willReturn(aResponse()
                .withBody(new com.nimbusds.jose.jwk.JWKSet(impostor.toPublicJWK()).toString())));

        assertThatThrownBy(() -> provider.completeUserLogin(login, redirect(login, "c")))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("ID token");
    }

    @Test
    void rotatedStsKeyIsFetchedOnceWhenAnIdTokenNamesIt() {
        logIn("");
        sts.rotateKey();
        sts.wm.resetRequests();

        UserLogin login = begin();
        answerCode("", Map.of());
        UserSession session = provider.completeUserLogin(login, redirect(login, "code-2"));

        assertThat(session.identity().subject()).isEqualTo("user-sub-1");
        assertThat(sts.wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/jwks")))).hasSize(1);
    }

    @Test
    void unsignedIdTokenIsRefused() {
        UserLogin login = begin();
        String unsigned = new com.nimbusds.jwt.PlainJWT(new com.nimbusds.jwt.JWTClaimsSet.Builder().issuer(sts.issuer())
                .audience("client-a").subject("user-sub-1").claim("nonce", pushedNonce()).build()).serialize();
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"user-1\",\"token_type\":\"DPoP\",\"expires_in\":3600,"
                        + "\"id_token\":\"" + unsigned + "\"}")));

        assertThatThrownBy(() -> provider.completeUserLogin(login, redirect(login, "c")))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("not a signed JWT");
    }

    @Test
    void codeAnswerWithoutIdTokenIsRefused() {
        UserLogin login = begin();
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(StsStub.tokenJson("user-1", "DPoP", 3600))));

        assertThatThrownBy(() -> provider.completeUserLogin(login, redirect(login, "c")))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("id_token");
    }

    void assertRefusedIdToken(Map<String, Object> claims, String named) {
        UserLogin login = begin();
        answerCode("", claims);

        assertThatThrownBy(() -> provider.completeUserLogin(login, redirect(login, "c")))
                .isInstanceOf(HelseIdException.class).hasMessageContaining(named)
                .hasMessageNotContaining("eyJ").hasMessageNotContaining(FNR).hasMessageNotContaining("15838510076");
    }

    @Test
    void refreshRotatesTheRefreshToken() {
        sts.wm.stubFor(post("/connect/token").withRequestBody(containing("refresh_token=refresh-1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"user-2\",\"token_type\":\"DPoP\",\"expires_in\":3600,\"refresh_token\":\"refresh-2\"}")));
        sts.wm.stubFor(post("/connect/token").withRequestBody(containing("refresh_token=refresh-2"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"access_token\":\"user-3\",\"token_type\":\"DPoP\",\"expires_in\":3600,\"refresh_token\":\"refresh-3\"}")));
        UserSession session = logIn("refresh-1");

        clock.advance(Duration.ofMinutes(61));
        assertThat(session.accessToken().value()).isEqualTo("user-2");
        clock.advance(Duration.ofMinutes(61));
        assertThat(session.accessToken().value()).isEqualTo("user-3");
    }

    @Test
    void sessionWithoutTheEndpointScopeRefusesTheCall() {
        UserSession session = logIn("refresh-1");

        ApiRequest lookup = new ApiRequest("POST", URI.create("https://api.example/vedtak/sok"), BlareseptScope.VEDTAKSSPORRING);
        assertThatThrownBy(() -> session.authorize(lookup))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("hdir:blareseptsoknad/vedtakssporring");
        ApiRequest send = new ApiRequest("POST", URI.create("https://api.example/soknad/send"), BlareseptScope.SOKNAD);
        assertThat(session.authorize(send).asMap()).containsEntry("Authorization", "DPoP user-1");
    }

    @Test
    void expiredSessionWithoutRefreshTokenAsksForANewLogin() {
        UserSession session = logIn("");
        clock.advance(Duration.ofMinutes(61));

        assertThat(session.canRefresh()).isFalse();
        assertThatThrownBy(session::accessToken).isInstanceOf(HelseIdException.class).hasMessageContaining("log the user in again");
    }

    static String leftHalfHash(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(Arrays.copyOf(d, 16)).toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
