package no.blaresept.testkit.helseid;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import no.blaresept.auth.Brukeridentitet;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.auth.LoopbackRedirectReceiver;
import no.blaresept.auth.UserLogin;
import no.blaresept.auth.UserLoginRequest;
import no.blaresept.auth.UserSession;
import no.blaresept.sdk.spi.BlareseptScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * User login against the mock STS with a client configured the way a strict HelseID client is:
 * granted only {@code openid} and the Blåresept scopes.
 */
class StrictClientLoginTest {

    static final URI REDIRECT = URI.create("http://127.0.0.1:1/callback");
    static final Set<String> STRICT = Set.of("openid", BlareseptScope.SOKNAD.value(), BlareseptScope.VEDTAKSSPORRING.value());

    final MockHelseIdSts sts = MockHelseIdSts.start();
    final MockHelseIdClient client = sts.registerClient("strict-epj", STRICT);
    final HelseIdTokenProvider provider = HelseIdTokenProvider.of(HelseIdConfig.builder()
            .issuer(sts.issuer()).clientId(client.clientId()).clientKey(client.clientKey()).build());

    @AfterEach
    void tearDown() {
        provider.close();
        sts.close();
    }

    UserLogin begin(UserLoginRequest request) {
        return provider.beginUserLogin(request);
    }

    static UserLoginRequest soknad() {
        return UserLoginRequest.of(REDIRECT, Set.of(BlareseptScope.SOKNAD.value()));
    }

    @Test
    void loginWithoutProfileAndOfflineAccessWorksAndSaysItCannotRefresh() {
        UserLogin login = begin(soknad());

        UserSession session = provider.completeUserLogin(login, sts.simulateUserLogin(login.authorizationUri()));

        assertThat(session.accessToken().type()).isEqualTo("DPoP");
        assertThat(session.canRefresh()).isFalse();
        Brukeridentitet user = session.identity();
        MockHelseIdUser expected = MockHelseIdUser.standard();
        assertThat(user.subject()).isEqualTo(expected.subject());
        assertThat(user.fodselsnummer().orElseThrow().value()).isEqualTo(expected.pid());
        assertThat(user.hprNummer()).contains(expected.hprNumber());
        assertThat(user.sikkerhetsniva()).contains("4");
        assertThat(user.navn()).as("no profile scope, no name").isEmpty();
        assertThat(session.toString()).doesNotContain(expected.pid());
    }

    @Test
    void desktopLoginThroughTheLoopbackReceiver() throws Exception {
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
            UserLogin login = begin(UserLoginRequest.of(receiver.redirectUri(), Set.of(BlareseptScope.SOKNAD.value())));
            // The browser: the STS redirects it to the receiver, which shows the "close this window" page.
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(sts.simulateUserLogin(login.authorizationUri())).build(),
                    HttpResponse.BodyHandlers.ofString());

            UserSession session = provider.completeUserLogin(login, receiver.awaitRedirect(Duration.ofSeconds(10)));

            assertThat(page.body()).contains("Du kan lukke dette vinduet");
            assertThat(session.identity().subject()).isEqualTo(MockHelseIdUser.standard().subject());
        }
    }

    @Test
    void askingForARefreshTokenTheClientIsNotGrantedIsRefusedByTheSts() {
        assertThatThrownBy(() -> begin(soknad().withRefreshToken()))
                .isInstanceOfSatisfying(HelseIdException.class, e -> {
                    assertThat(e.error()).contains("invalid_scope");
                    assertThat(e.isRetryable()).isFalse();
                });
    }

    @Test
    void profileGivesTheNameWhenGranted() {
        MockHelseIdClient generous = sts.registerClient("generous-epj");
        try (HelseIdTokenProvider p = HelseIdTokenProvider.of(HelseIdConfig.builder().issuer(sts.issuer())
                .clientId(generous.clientId()).clientKey(generous.clientKey()).build())) {
            UserLogin login = p.beginUserLogin(soknad().withProfile().withRefreshToken());

            UserSession session = p.completeUserLogin(login, sts.simulateUserLogin(login.authorizationUri()));

            assertThat(session.identity().navn()).contains(MockHelseIdUser.standard().name());
            assertThat(session.canRefresh()).isTrue();
        }
    }

    @Test
    void redirectNamingAnotherIssuerIsRefusedBeforeTheCodeIsRedeemed() {
        sts.redirectIssuer(Optional.of("https://attacker.example"));
        UserLogin login = begin(soknad());
        URI redirect = sts.simulateUserLogin(login.authorizationUri());

        assertThatThrownBy(() -> provider.completeUserLogin(login, redirect))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("mix-up");
        assertThat(sts.tokensIssued()).isZero();
    }

    @Test
    void redirectWithoutIssIsRefusedBecauseTheStsAdvertisesIt() {
        sts.redirectIssuer(Optional.empty());
        UserLogin login = begin(soknad());
        URI redirect = sts.simulateUserLogin(login.authorizationUri());

        assertThatThrownBy(() -> provider.completeUserLogin(login, redirect))
                .isInstanceOf(HelseIdException.class).hasMessageContaining("no iss");
        assertThat(sts.tokensIssued()).isZero();
    }

    @Test
    void foreignTokenEndpointInDiscoveryGetsNoClientAssertion() {
        WireMockServer foreign = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        foreign.start();
        try {
            sts.advertiseTokenEndpoint(URI.create("http://localhost:" + foreign.port() + "/connect/token"));

            assertThatThrownBy(() -> provider.accessToken(BlareseptScope.SOKNAD))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("not the issuer's");
            assertThat(foreign.getAllServeEvents()).isEmpty();
        } finally {
            foreign.stop();
        }
    }
}
