package no.blaresept.auth.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.Brukeridentitet;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.auth.UserLogin;
import no.blaresept.auth.UserLoginRequest;
import no.blaresept.auth.UserSession;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.BlareseptScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole user login, through the SDK's public API, against Keycloak with a client configured
 * strictly: granted only {@code openid} (via {@code basic}), the Blåresept scopes and, optionally,
 * {@code offline_access}. PAR → scripted browser login → redirect with {@code iss} → DPoP-bound
 * token with the user's {@code sub} → ID token identity → userinfo as a DPoP-protected resource.
 */
@ExtendWith(KeycloakExtension.class)
class KeycloakStrictUserLoginIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SOKNAD = BlareseptScope.SOKNAD.value();

    @Test
    void loginWithOnlyTheBlareseptScopeGivesTheUserAndADpopTokenUserinfoAccepts(InteropRealm realm) throws Exception {
        try (HelseIdTokenProvider provider = strictProvider(realm)) {
            UserLogin login = provider.beginUserLogin(UserLoginRequest.of(realm.redirectUri(), Set.of(SOKNAD)));
            Map<String, String> redirect = logIn(realm, login);

            assertThat(redirect).containsEntry("iss", realm.issuer().toString());
            UserSession session = provider.completeUserLogin(login, redirect);

            AccessToken token = session.accessToken();
            var claims = SignedJWT.parse(token.value()).getJWTClaimsSet();
            Brukeridentitet user = session.identity();
            assertThat(token.type()).isEqualTo("DPoP");
            assertThat(token.scopes()).contains(SOKNAD).doesNotContain("profile");
            assertThat(claims.getSubject()).isEqualTo(user.subject()).isNotBlank();
            assertThat(claims.getJSONObjectClaim("cnf")).containsEntry("jkt", provider.dpopKeyThumbprint().orElseThrow());
            assertThat(user.fodselsnummer().orElseThrow().value()).isEqualTo(InteropRealm.IDENTITY_CLAIMS.get("helseid://claims/identity/pid"));
            assertThat(user.hprNummer()).contains(InteropRealm.IDENTITY_CLAIMS.get("helseid://claims/hpr/hpr_number"));
            assertThat(user.sikkerhetsniva()).contains("4");
            assertThat(user.navn()).as("no profile scope asked for").isEmpty();
            assertThat(session.toString()).doesNotContain(InteropRealm.IDENTITY_CLAIMS.get("helseid://claims/identity/pid"));

            ApiRequest userinfo = new ApiRequest("GET", realm.userinfoEndpoint(), BlareseptScope.SOKNAD);
            HttpResponse<String> answer = get(realm.userinfoEndpoint(), session.authorize(userinfo).asMap());
            HttpResponse<String> asBearer = get(realm.userinfoEndpoint(), Map.of("Authorization", "Bearer " + token.value()));
            assertThat(answer.statusCode()).as("userinfo with the session's DPoP headers: %s", answer.body()).isEqualTo(200);
            assertThat(answer.body()).contains("\"sub\":\"" + user.subject() + "\"");
            assertThat(asBearer.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void redirectWithAnotherIssIsRefusedBeforeTheCodeIsUsed(InteropRealm realm) throws Exception {
        try (HelseIdTokenProvider provider = strictProvider(realm)) {
            UserLogin login = provider.beginUserLogin(UserLoginRequest.of(realm.redirectUri(), Set.of(SOKNAD)));
            Map<String, String> redirect = logIn(realm, login);
            Map<String, String> mixedUp = new HashMap<>(redirect);
            mixedUp.put("iss", "https://attacker.example/realms/blaresept-interop");

            HelseIdException e = catchThrowableOfType(HelseIdException.class, () -> provider.completeUserLogin(login, mixedUp));

            assertThat(e).hasMessageContaining("mix-up");
            // Keycloak's codes are single-use: the genuine redirect still works, so the refusal sent no token request.
            assertThat(provider.completeUserLogin(login, redirect).accessToken().type()).isEqualTo("DPoP");
        }
    }

    @Test
    void refreshTokenWhenAskedForAndRenewalByIt(InteropRealm realm) throws Exception {
        try (HelseIdTokenProvider provider = strictProvider(realm)) {
            UserLogin login = provider.beginUserLogin(UserLoginRequest.of(realm.redirectUri(), Set.of(SOKNAD)).withRefreshToken());
            UserSession session = provider.completeUserLogin(login, logIn(realm, login));

            AccessToken first = session.accessToken();

            assertThat(session.canRefresh()).isTrue();
            assertThat(first.scopes()).contains("offline_access");
            AccessToken renewed = KeycloakHelseIdProviderIT.awaitRenewal(session, first);
            assertThat(renewed.dpopThumbprint()).isEqualTo(provider.dpopKeyThumbprint());
        }
    }

    @Test
    void profileTheClientIsNotGrantedIsRefusedByKeycloak(InteropRealm realm) {
        try (HelseIdTokenProvider provider = strictProvider(realm)) {
            HelseIdException e = catchThrowableOfType(HelseIdException.class, () -> provider.beginUserLogin(
                    UserLoginRequest.of(realm.redirectUri(), Set.of(SOKNAD)).withProfile()));

            // Keycloak answers a scope the client is not granted with invalid_request "Invalid scopes: …".
            assertThat(e.error()).contains("invalid_request");
            assertThat(e.errorDescription()).hasValueSatisfying(d -> assertThat(d).contains("Invalid scopes").contains("profile"));
            assertThat(e.isRetryable()).isFalse();
        }
    }

    private static Map<String, String> logIn(InteropRealm realm, UserLogin login) throws Exception {
        BrowserLogin browser = new BrowserLogin();
        return browser.logIn(browser.open(login.authorizationUri()), realm.redirectUri(), InteropRealm.USERNAME,
                realm.userPassword());
    }

    private static HelseIdTokenProvider strictProvider(InteropRealm realm) {
        return HelseIdTokenProvider.of(HelseIdConfig.builder()
                .issuer(realm.issuer())
                .clientId(realm.strictClientId())
                .clientKey(ClientKey.ofJwk(realm.clientKey().toJSONString()))
                .build());
    }

    private static HttpResponse<String> get(URI uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
