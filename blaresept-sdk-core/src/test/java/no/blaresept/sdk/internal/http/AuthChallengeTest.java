package no.blaresept.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.error.AccessDeniedException;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AuthChallenge;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.sdk.spi.RequestAuthenticator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 401 or DPoP nonce demand gives the authenticator one chance; {@code send} too, since a 401 is a refusal. */
class AuthChallengeTest {

    private static final String SEND = "/api/blaresept/soknad/send";

    @RegisterExtension
    final StubApi api = new StubApi();

    /** Hands out a new proof per attempt and accepts the server's nonce. */
    static final class NonceAuthenticator implements RequestAuthenticator {
        final AtomicInteger authorized = new AtomicInteger();
        final List<AuthChallenge> challenges = new CopyOnWriteArrayList<>();
        final List<ApiRequest> requests = new CopyOnWriteArrayList<>();
        final boolean retry;

        NonceAuthenticator(boolean retry) {
            this.retry = retry;
        }

        @Override
        public AuthorizationHeaders authorize(ApiRequest request) {
            requests.add(request);
            return AuthorizationHeaders.dpop("token", "proof-" + authorized.incrementAndGet());
        }

        @Override
        public boolean onChallenge(ApiRequest request, AuthChallenge challenge) {
            challenges.add(challenge);
            return retry;
        }
    }

    @Test
    void sendIsSentOnceMoreAfterADpopNonceDemand() {
        stubNonceDemandThen(okJson("{\"utfall\":\"MANUELL_SAKSBEHANDLING\",\"soknadsreferanse\":\"BRS-2026-000124\"}"));
        NonceAuthenticator auth = new NonceAuthenticator(true);

        try (BlareseptClient client = api.clientBuilder().authentication(auth).build()) {
            assertThat(client.soknad().send(Testdata.innsending()))
                    .isInstanceOf(SendResultat.ManuellSaksbehandling.class);
        }
        assertThat(auth.challenges).singleElement().satisfies(c -> {
            assertThat(c.isDpopNonceRequired()).isTrue();
            assertThat(c.dpopNonce()).contains("n-1");
        });
        assertThat(auth.requests).allSatisfy(r -> {
            assertThat(r.scope()).isEqualTo(BlareseptScope.SOKNAD);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.uri().getPath()).isEqualTo(SEND);
        });
        assertThat(api.requests()).extracting(r -> r.getHeader("DPoP")).containsExactly("proof-1", "proof-2");
    }

    @Test
    void aSecondRefusalIsNotRetriedAgain() {
        api.server().stubFor(post(SEND).willReturn(HttpEngineTest.problem(401)
                .withHeader("WWW-Authenticate", "DPoP error=\"invalid_token\"")));
        NonceAuthenticator auth = new NonceAuthenticator(true);

        try (BlareseptClient client = api.clientBuilder().authentication(auth).build()) {
            assertThatThrownBy(() -> client.soknad().send(Testdata.innsending()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.httpStatus()).hasValue(401);
                        assertThat(e.getMessage()).doesNotContain("token\"").doesNotContain("proof-");
                    });
        }
        api.server().verify(2, postRequestedFor(urlEqualTo(SEND)));
    }

    @Test
    void aDeclinedChallengeFailsAtOnce() {
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(HttpEngineTest.problem(403)));
        NonceAuthenticator auth = new NonceAuthenticator(false);

        try (BlareseptClient client = api.clientBuilder().authentication(auth).build()) {
            assertThatThrownBy(() -> client.vedtak().sok(Testdata.forskrivning()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                        assertThat(e.httpStatus()).hasValue(403);
                        assertThat(e.getMessage()).contains("scope");
                    });
        }
        assertThat(auth.authorized).hasValue(1);
    }

    @Test
    void aRefusedDpopProofIsAnAccessErrorNotAnInputError() {
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(HttpEngineTest.problem(400)
                .withHeader("WWW-Authenticate", "DPoP error=\"invalid_dpop_proof\"")));
        NonceAuthenticator auth = new NonceAuthenticator(false);

        try (BlareseptClient client = api.clientBuilder().authentication(auth).build()) {
            assertThatThrownBy(() -> client.vedtak().sok(Testdata.forskrivning()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.httpStatus()).hasValue(400));
        }
        assertThat(auth.challenges).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(400));
    }

    private void stubNonceDemandThen(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder then) {
        api.server().stubFor(post(SEND).inScenario("nonce").whenScenarioStateIs(STARTED)
                .willReturn(HttpEngineTest.problem(401)
                        .withHeader("WWW-Authenticate", "DPoP error=\"use_dpop_nonce\"")
                        .withHeader("DPoP-Nonce", "n-1"))
                .willSetStateTo("nonce given"));
        api.server().stubFor(post(SEND).inScenario("nonce").whenScenarioStateIs("nonce given").willReturn(then));
    }
}
