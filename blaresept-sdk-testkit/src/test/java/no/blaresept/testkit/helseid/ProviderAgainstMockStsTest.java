package no.blaresept.testkit.helseid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.auth.OrganisationContext;
import no.blaresept.auth.OrganisationNumber;
import no.blaresept.auth.UserLogin;
import no.blaresept.auth.UserLoginRequest;
import no.blaresept.auth.UserSession;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AuthChallenge;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.testkit.ApiAccessCheck;
import no.blaresept.testkit.ApiAccessCheck.ApiCall;
import no.blaresept.testkit.ApiAccessCheck.Decision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's HelseID provider against the mock STS and its API check: the whole DPoP round trip. */
class ProviderAgainstMockStsTest {

    static final ApiRequest SEND = new ApiRequest("POST", URI.create("http://127.0.0.1:9/soknad/send?ref=1"), BlareseptScope.SOKNAD);
    static MockHelseIdSts sts;
    static int clients;
    MockHelseIdClient client;

    @BeforeAll
    static void start() {
        sts = MockHelseIdSts.start();
    }

    @AfterAll
    static void stop() {
        sts.close();
    }

    @BeforeEach
    void newClient() {
        client = sts.registerClient("epj-test-" + ++clients);
    }

    @AfterEach
    void resetSwitches() {
        sts.requireStsNonce(false).requireApiNonce(false).tokenLifetime(Duration.ofMinutes(60));
    }

    HelseIdConfig.Builder config() {
        return HelseIdConfig.builder().issuer(sts.issuer()).clientId(client.clientId()).clientKey(client.clientKey());
    }

    static Decision check(MockHelseIdSts sts, ApiRequest request, AuthorizationHeaders headers) {
        Map<String, List<String>> h = new java.util.HashMap<>();
        headers.asMap().forEach((k, v) -> h.put(k, List.of(v)));
        return sts.verifyApiRequest(new ApiCall(request.method(), request.uri(), h, request.scope()));
    }

    @Test
    void providerGetsADpopBoundTokenTheApiAccepts() throws Exception {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            AuthorizationHeaders headers = provider.authorize(SEND);

            assertThat(check(sts, SEND, headers)).isEqualTo(Decision.allow());
            String token = headers.asMap().get("Authorization").substring("DPoP ".length());
            Map<?, ?> cnf = (Map<?, ?>) SignedJWT.parse(token).getJWTClaimsSet().getClaim("cnf");
            assertThat(cnf.get("jkt")).isEqualTo(provider.dpopKeyThumbprint().orElseThrow());
        }
    }

    @Test
    void everyApiCallGetsAFreshProofSoTheApiSeesNoReplay() {
        int before = sts.tokensIssued();
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            for (int i = 0; i < 3; i++) {
                assertThat(check(sts, SEND, provider.authorize(SEND))).isEqualTo(Decision.allow());
            }
            assertThat(sts.tokensIssued()).isEqualTo(before + 1);
        }
    }

    @Test
    void replayedApiProofIsRefusedWithADpopChallenge() {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            AuthorizationHeaders headers = provider.authorize(SEND);
            check(sts, SEND, headers);

            Decision replay = check(sts, SEND, headers);

            assertThat(replay).isInstanceOfSatisfying(Decision.Deny.class, d -> {
                assertThat(d.status()).isEqualTo(401);
                assertThat(d.wwwAuthenticate()).startsWith("DPoP ").contains("invalid_dpop_proof");
            });
        }
    }

    @Test
    void proofForAnotherUriOrMethodIsRefused() {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            AuthorizationHeaders headers = provider.authorize(SEND);
            ApiRequest elsewhere = new ApiRequest("POST", URI.create("http://127.0.0.1:9/soknad/valider"), BlareseptScope.SOKNAD);
            ApiRequest otherMethod = new ApiRequest("GET", SEND.uri(), BlareseptScope.SOKNAD);

            assertThat(((Decision.Deny) check(sts, elsewhere, headers)).wwwAuthenticate()).contains("htu");
            assertThat(((Decision.Deny) check(sts, otherMethod, provider.authorize(SEND))).wwwAuthenticate()).contains("htm");
        }
    }

    @Test
    void tokenSentAsBearerOrWithAnotherTokensProofIsRefused() {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            AuthorizationHeaders headers = provider.authorize(SEND);
            String token = headers.asMap().get("Authorization").substring("DPoP ".length());

            Decision bearer = check(sts, SEND, AuthorizationHeaders.bearer(token));
            Decision wrongAth = check(sts, SEND, AuthorizationHeaders.dpop(token + "x", headers.asMap().get("DPoP")));

            assertThat(((Decision.Deny) bearer).wwwAuthenticate()).contains("invalid_token");
            assertThat(((Decision.Deny) wrongAth).wwwAuthenticate()).contains("invalid_token");
        }
    }

    @Test
    void proofSignedByAnotherKeyThanTheTokenIsBoundToIsRefused() {
        try (HelseIdTokenProvider a = HelseIdTokenProvider.of(config().build());
             HelseIdTokenProvider b = HelseIdTokenProvider.of(config().build())) {
            AccessToken stolen = a.accessToken(BlareseptScope.SOKNAD);
            AuthorizationHeaders thief = b.authorize(SEND.method(), SEND.uri(), stolen);

            assertThat(((Decision.Deny) check(sts, SEND, thief)).wwwAuthenticate()).contains("cnf.jkt");
        }
    }

    @Test
    void missingScopeIsForbidden() {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            AuthorizationHeaders regelToken = provider.authorize(new ApiRequest("POST", SEND.uri(), BlareseptScope.REGEL));

            Decision d = check(sts, SEND, regelToken);

            assertThat(d).isInstanceOfSatisfying(Decision.Deny.class, deny -> {
                assertThat(deny.status()).isEqualTo(403);
                assertThat(deny.wwwAuthenticate()).contains("insufficient_scope");
            });
        }
    }

    @Test
    void requestWithoutCredentialsGetsADpopChallenge() {
        Decision d = sts.verifyApiRequest(new ApiCall("GET", SEND.uri(), Map.of(), BlareseptScope.SOKNAD));

        assertThat(((Decision.Deny) d).wwwAuthenticate()).startsWith("DPoP ");
    }

    @Test
    void expiredTokenIsRefused() {
        TestClock clock = TestClock.at(Instant.now());
        try (MockHelseIdSts timed = MockHelseIdSts.start(clock)) {
            MockHelseIdClient c = timed.registerClient("timed");
            try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(HelseIdConfig.builder().issuer(timed.issuer())
                    .clientId("timed").clientKey(c.clientKey()).clock(clock).build())) {
                AccessToken token = provider.accessToken(BlareseptScope.SOKNAD);
                clock.advance(Duration.ofMinutes(61));

                Decision d = check(timed, SEND, provider.authorize(SEND.method(), SEND.uri(), token));

                assertThat(((Decision.Deny) d).wwwAuthenticate()).contains("invalid_token");
            }
        }
    }

    @Test
    void stsNonceDemandIsMetByTheProvidersSingleRetry() {
        sts.requireStsNonce(true);
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            assertThat(provider.accessToken(BlareseptScope.SOKNAD).isDpopBound()).isTrue();
            assertThat(provider.accessToken(BlareseptScope.REGEL).isDpopBound()).isTrue();
        }
    }

    @Test
    void apiNonceDemandIsMetAfterOneChallenge() {
        sts.requireApiNonce(true);
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            Decision first = check(sts, SEND, provider.authorize(SEND));
            Decision.Deny deny = (Decision.Deny) first;
            assertThat(deny.wwwAuthenticate()).contains("use_dpop_nonce");
            assertThat(deny.dpopNonce()).isPresent();

            boolean retry = provider.onChallenge(SEND, new AuthChallenge(deny.status(), Optional.of(deny.wwwAuthenticate()), deny.dpopNonce()));

            assertThat(retry).isTrue();
            assertThat(check(sts, SEND, provider.authorize(SEND))).isEqualTo(Decision.allow());
        }
    }

    @Test
    void accessCheckIsTheSameVerifier() {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().build())) {
            AuthorizationHeaders headers = provider.authorize(SEND);
            Map<String, List<String>> h = new java.util.HashMap<>();
            headers.asMap().forEach((k, v) -> h.put(k, List.of(v)));
            ApiAccessCheck check = sts.apiAccessCheck();

            assertThat(check.check(new ApiCall("POST", SEND.uri(), h, BlareseptScope.SOKNAD))).isEqualTo(Decision.allow());
        }
    }

    @Test
    void wrongClientKeySurfacesAsInvalidClient() throws Exception {
        String otherKey = new ECKeyGenerator(Curve.P_256).keyID(client.clientKey().keyId()).generate().toJSONString();
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().clientKey(ClientKey.ofJwk(otherKey)).build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOfSatisfying(HelseIdException.class, e -> {
                        assertThat(e.error()).contains("invalid_client");
                        assertThat(e.httpStatus()).hasValue(401);
                    });
        }
    }

    @Test
    void unknownClientSurfacesAsInvalidClient() {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().clientId("not-registered").build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOfSatisfying(HelseIdException.class, e -> assertThat(e.errorDescription()).contains("unknown client"));
        }
    }

    @Test
    void organisationContextReachesTheToken() throws Exception {
        OrganisationContext org = OrganisationContext.multiTenant(OrganisationNumber.of("999977775"), OrganisationNumber.of("999944446"));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().organisation(org).build())) {
            var claims = SignedJWT.parse(provider.accessToken(BlareseptScope.SOKNAD).value()).getJWTClaimsSet();

            assertThat(claims.getClaim("helseid://claims/client/claims/orgnr_parent")).isEqualTo("999977775");
            assertThat(claims.getClaim("helseid://claims/client/claims/orgnr_child")).isEqualTo("999944446");
        }
    }

    @Test
    void userLoginWithParPkceAndRefreshRotation() throws Exception {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config().renewBefore(Duration.ofHours(2)).build())) {
            UserLogin login = provider.beginUserLogin(UserLoginRequest.of(URI.create("http://127.0.0.1:1/callback"),
                    Set.of(BlareseptScope.SOKNAD.value())).withRefreshToken());
            URI redirect = sts.simulateUserLogin(login.authorizationUri());

            UserSession session = provider.completeUserLogin(login, redirect);

            AuthorizationHeaders headers = session.authorize(SEND);
            assertThat(check(sts, SEND, headers)).isEqualTo(Decision.allow());
            var claims = SignedJWT.parse(session.accessToken().value()).getJWTClaimsSet();
            assertThat(claims.getClaim("helseid://claims/identity/security_level")).isEqualTo("4");
            assertThat(session.canRefresh()).isTrue();
            assertThatThrownBy(() -> sts.simulateUserLogin(login.authorizationUri()))
                    .hasMessageContaining("invalid_request_uri");
        }
    }

}
