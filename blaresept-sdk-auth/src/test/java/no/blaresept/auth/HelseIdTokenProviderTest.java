package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.blaresept.auth.internal.Jose;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AuthChallenge;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HelseIdTokenProviderTest {

    static final ApiRequest SEND = new ApiRequest("POST", URI.create("https://api.example/soknad/send?x=1"), BlareseptScope.SOKNAD);
    final StsStub sts = new StsStub();

    @AfterEach
    void tearDown() {
        sts.close();
    }

    void answerToken(String token, String type) {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody(StsStub.tokenJson(token, type, 3600))));
    }

    @Test
    void clientCredentialsRequestCarriesAssertionAndDpopProof() throws Exception {
        answerToken("tok-1", "DPoP");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            AccessToken token = provider.accessToken(BlareseptScope.SOKNAD);

            assertThat(token.type()).isEqualTo("DPoP");
            assertThat(token.dpopThumbprint()).isEqualTo(provider.dpopKeyThumbprint());
            LoggedRequest r = sts.posts("/connect/token").get(0);
            Map<String, String> form = StsStub.form(r);
            assertThat(form).containsEntry("grant_type", "client_credentials")
                    .containsEntry("scope", "hdir:blareseptsoknad/soknad")
                    .containsEntry("client_id", "client-a")
                    .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
            SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
            assertThat(assertion.getHeader().getType().getType()).isEqualTo("client-authentication+jwt");
            assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly(sts.issuer());
            SignedJWT proof = SignedJWT.parse(r.getHeader("DPoP"));
            assertThat(proof.getJWTClaimsSet().getStringClaim("htu")).isEqualTo(sts.issuer() + "/connect/token");
            assertThat(proof.getJWTClaimsSet().getStringClaim("htm")).isEqualTo("POST");
        }
    }

    @Test
    void authorizeAddsDpopTokenAndAFreshProofBoundToTheToken() throws Exception {
        answerToken("tok-1", "DPoP");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            AuthorizationHeaders h = provider.authorize(SEND);

            assertThat(h.asMap()).containsEntry("Authorization", "DPoP tok-1");
            var claims = SignedJWT.parse(h.asMap().get("DPoP")).getJWTClaimsSet();
            assertThat(claims.getStringClaim("htu")).isEqualTo("https://api.example/soknad/send");
            assertThat(claims.getStringClaim("ath")).isEqualTo(Jose.sha256("tok-1"));
            assertThat(provider.authorize(SEND).asMap().get("DPoP")).isNotEqualTo(h.asMap().get("DPoP"));
            assertThat(sts.posts("/connect/token")).hasSize(1);
        }
    }

    @Test
    void stsNonceDemandIsRetriedOnceWithTheNonceAndAFreshAssertion() throws Exception {
        sts.wm.stubFor(post("/connect/token").inScenario("nonce").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(400).withHeader("DPoP-Nonce", "sts-nonce-1")
                        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"use_dpop_nonce\"}"))
                .willSetStateTo("nonce-sent"));
        sts.wm.stubFor(post("/connect/token").inScenario("nonce").whenScenarioStateIs("nonce-sent")
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(StsStub.tokenJson("tok-2", "DPoP", 3600))));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThat(provider.accessToken(BlareseptScope.SOKNAD).value()).isEqualTo("tok-2");

            var requests = sts.posts("/connect/token");
            assertThat(requests).hasSize(2);
            assertThat(SignedJWT.parse(requests.get(0).getHeader("DPoP")).getJWTClaimsSet().getClaim("nonce")).isNull();
            assertThat(SignedJWT.parse(requests.get(1).getHeader("DPoP")).getJWTClaimsSet().getStringClaim("nonce"))
                    .isEqualTo("sts-nonce-1");
            String jti1 = SignedJWT.parse(StsStub.form(requests.get(0)).get("client_assertion")).getJWTClaimsSet().getJWTID();
            String jti2 = SignedJWT.parse(StsStub.form(requests.get(1)).get("client_assertion")).getJWTClaimsSet().getJWTID();
            assertThat(jti1).isNotEqualTo(jti2);
        }
    }

    @Test
    void nonceDemandIsRetriedOnlyOnce() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withStatus(400).withHeader("DPoP-Nonce", "n")
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"use_dpop_nonce\"}")));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class)
                    .satisfies(e -> assertThat(((HelseIdException) e).error()).contains("use_dpop_nonce"));
            assertThat(sts.posts("/connect/token")).hasSize(2);
        }
    }

    @Test
    void stsRefusalCarriesErrorAndDescriptionButNoAssertion() {
        sts.wm.stubFor(post("/connect/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"unknown key\"}")));
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class)
                    .hasMessageContaining("invalid_client").hasMessageContaining("unknown key")
                    .hasMessageNotContaining("eyJ")
                    .satisfies(e -> {
                        HelseIdException h = (HelseIdException) e;
                        assertThat(h.error()).contains("invalid_client");
                        assertThat(h.errorDescription()).contains("unknown key");
                        assertThat(h.httpStatus()).hasValue(400);
                    });
        }
    }

    @Test
    void bearerTokenIsRefusedWhenDpopWasAskedFor() {
        answerToken("tok-1", "Bearer");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("registered for DPoP");
        }
    }

    @Test
    void withDpopOffTheProviderSendsBearerAndNoProof() {
        answerToken("tok-1", "Bearer");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().dpop(false).build())) {
            assertThat(provider.authorize(SEND).asMap()).containsExactly(Map.entry("Authorization", "Bearer tok-1"));
            assertThat(sts.posts("/connect/token").get(0).getHeader("DPoP")).isNull();
            assertThat(provider.dpopKeyThumbprint()).isEmpty();
        }
    }

    @Test
    void apiNonceDemandIsRememberedForThatApiOnly() throws Exception {
        answerToken("tok-1", "DPoP");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            provider.authorize(SEND);
            AuthChallenge demand = new AuthChallenge(401, Optional.of("DPoP error=\"use_dpop_nonce\""), Optional.of("api-nonce"));

            assertThat(provider.onChallenge(SEND, demand)).isTrue();

            var proof = SignedJWT.parse(provider.authorize(SEND).asMap().get("DPoP")).getJWTClaimsSet();
            assertThat(proof.getStringClaim("nonce")).isEqualTo("api-nonce");
            ApiRequest other = new ApiRequest("GET", URI.create("https://other.example/x"), BlareseptScope.SOKNAD);
            assertThat(SignedJWT.parse(provider.authorize(other).asMap().get("DPoP")).getJWTClaimsSet().getClaim("nonce")).isNull();
            provider.close();
        }
    }

    @Test
    void refusedTokenIsDroppedAndFetchedAgain() {
        answerToken("tok-1", "DPoP");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            provider.authorize(SEND);
            AuthChallenge refused = new AuthChallenge(401, Optional.of("DPoP error=\"invalid_token\""), Optional.empty());

            assertThat(provider.onChallenge(SEND, refused)).isTrue();
            provider.authorize(SEND);

            assertThat(sts.posts("/connect/token")).hasSize(2);
        }
    }

    @Test
    void rejectedProofIsNotRetried() {
        answerToken("tok-1", "DPoP");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            AuthChallenge refused = new AuthChallenge(401, Optional.of("DPoP error=\"invalid_dpop_proof\""), Optional.empty());

            assertThat(provider.onChallenge(SEND, refused)).isFalse();
        }
    }

    @Test
    void eachOrganisationGetsItsOwnTokenAndAssertionDetails() throws Exception {
        answerToken("tok-1", "DPoP");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            OrganisationNumber parent = OrganisationNumber.of("999977775");
            HelseIdTokenProvider a = provider.forOrganisation(OrganisationContext.multiTenant(parent, OrganisationNumber.of("999944446")));
            HelseIdTokenProvider b = provider.forOrganisation(OrganisationContext.multiTenant(parent, OrganisationNumber.of("999955557")));

            a.accessToken(BlareseptScope.SOKNAD);
            a.accessToken(BlareseptScope.SOKNAD);
            b.accessToken(BlareseptScope.SOKNAD);

            var requests = sts.posts("/connect/token");
            assertThat(requests).hasSize(2);
            String details = SignedJWT.parse(StsStub.form(requests.get(1)).get("client_assertion"))
                    .getJWTClaimsSet().getClaim("assertion_details").toString();
            assertThat(details).contains("NO:ORGNR:999977775:999955557");
        }
    }

    @Test
    void discoveryNamingAnotherIssuerIsRefused() {
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().issuer(sts.issuer() + "/other").build())) {
            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class);
        }
    }

    @Test
    void assertionLivesForTheConfiguredLifetime() throws Exception {
        answerToken("tok-1", "DPoP");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config()
                .assertionLifetime(java.time.Duration.ofSeconds(45)).build())) {
            provider.accessToken(BlareseptScope.SOKNAD);

            var claims = SignedJWT.parse(StsStub.form(sts.posts("/connect/token").get(0)).get("client_assertion")).getJWTClaimsSet();
            assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(45_000);
        }
    }

    @Test
    void stsRequestsGoThroughTheConfiguredHttpClientsProxy() {
        answerToken("tok-1", "DPoP");
        // Stands in for Helsenett's proxy: a forwarding proxy that records what passed through it.
        com.github.tomakehurst.wiremock.WireMockServer proxy = new com.github.tomakehurst.wiremock.WireMockServer(
                com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().bindAddress("127.0.0.1")
                        .dynamicPort().enableBrowserProxying(true));
        proxy.start();
        try {
            java.net.http.HttpClient viaProxy = java.net.http.HttpClient.newBuilder().proxy(java.net.ProxySelector.of(
                    new java.net.InetSocketAddress("127.0.0.1", proxy.port()))).build();
            try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().httpClient(viaProxy).build())) {
                assertThat(provider.accessToken(BlareseptScope.SOKNAD).value()).isEqualTo("tok-1");
            }

            assertThat(proxy.getAllServeEvents()).extracting(e -> e.getRequest().getAbsoluteUrl())
                    .contains(sts.issuer() + "/.well-known/openid-configuration", sts.issuer() + "/connect/token");
        } finally {
            proxy.stop();
        }
    }

    @Test
    void toStringsShowNoSecrets() {
        answerToken("tok-secret", "DPoP");
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
            AccessToken token = provider.accessToken(Set.of("hdir:blareseptsoknad/soknad"));

            assertThat(token.toString()).doesNotContain("tok-secret").contains("masked");
            assertThat(provider.authorize(SEND).toString()).doesNotContain("tok-secret");
            assertThat(provider.toString()).doesNotContain(sts.clientJwk.getD().toString());
            assertThat(sts.config().build().toString()).doesNotContain(sts.clientJwk.getD().toString());
        }
    }

    @Test
    void closedProviderRefusesToFetch() {
        answerToken("tok-1", "DPoP");
        HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build());
        provider.close();

        assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("closed");
    }
}
