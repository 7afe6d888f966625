package no.blaresept.auth.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.auth.UserLogin;
import no.blaresept.auth.UserLoginRequest;
import no.blaresept.auth.UserSession;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SDK's {@link HelseIdTokenProvider}, through its public API only, against a real Keycloak
 * realm that demands private_key_jwt, DPoP and PAR.
 */
@ExtendWith(KeycloakExtension.class)
class KeycloakHelseIdProviderIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void clientCredentialsTokenIsBoundToTheProvidersDpopKey(InteropRealm realm) throws ParseException {
        try (HelseIdTokenProvider provider = provider(realm, realm.clientKey())) {
            AccessToken token = provider.accessToken(BlareseptScope.SOKNAD);

            assertThat(token.type()).isEqualTo("DPoP");
            assertThat(token.scopes()).contains(BlareseptScope.SOKNAD.value());
            assertThat(token.expiresAt()).isAfter(Instant.now());
            assertThat(token.dpopThumbprint()).isEqualTo(provider.dpopKeyThumbprint()).isPresent();
            // Keycloak's own statement of the binding: cnf.jkt in the token it signed.
            Map<String, Object> cnf = SignedJWT.parse(token.value()).getJWTClaimsSet().getJSONObjectClaim("cnf");
            assertThat(cnf).containsEntry("jkt", provider.dpopKeyThumbprint().orElseThrow());
        }
    }

    @Test
    void dpopBoundTokenAndProofAreAcceptedByKeycloaksOwnResource(InteropRealm realm) throws Exception {
        try (HelseIdTokenProvider provider = provider(realm, realm.clientKey())) {
            AccessToken token = provider.accessToken(Set.of("openid", BlareseptScope.REGEL.value()));
            AuthorizationHeaders headers = provider.authorize("GET", realm.userinfoEndpoint(), token);

            HttpResponse<String> withProof = get(realm.userinfoEndpoint(), headers.asMap());
            HttpResponse<String> asBearer = get(realm.userinfoEndpoint(),
                    Map.of("Authorization", "Bearer " + token.value()));

            assertThat(withProof.statusCode()).as("userinfo with DPoP token + proof: %s", withProof.body()).isEqualTo(200);
            assertThat(withProof.body()).contains("\"sub\"");
            // Control: the same token without its proof is refused, so the 200 above proves the proof counted.
            assertThat(asBearer.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void pushedAuthorizationRequestYieldsARequestUriTheLoginUrlCarries(InteropRealm realm) throws Exception {
        try (HelseIdTokenProvider provider = provider(realm, realm.clientKey())) {
            UserLogin login = provider.beginUserLogin(
                    UserLoginRequest.of(realm.redirectUri(), Set.of(BlareseptScope.SOKNAD.value())));

            assertThat(login.authorizationUri().toString())
                    .startsWith(realm.authorizationEndpoint() + "?")
                    .contains("client_id=" + realm.clientId())
                    .contains("request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3A");
            assertThat(login.expiresAt()).isAfter(Instant.now());
            // Keycloak resolves the pushed request and shows its login form instead of an error redirect.
            HttpResponse<String> page = new BrowserLogin().open(login.authorizationUri());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("kc-form-login");
        }
    }

    @Test
    void userLoginRedeemsTheCodeForADpopBoundTokenAndRefreshesWithRotation(InteropRealm realm) throws Exception {
        try (HelseIdTokenProvider provider = provider(realm, realm.clientKey())) {
            UserLogin login = provider.beginUserLogin(
                    UserLoginRequest.of(realm.redirectUri(), Set.of(BlareseptScope.SOKNAD.value())));
            BrowserLogin browser = new BrowserLogin();
            Map<String, String> redirect = browser.logIn(browser.open(login.authorizationUri()), realm.redirectUri(),
                    InteropRealm.USERNAME, realm.userPassword());

            UserSession session = provider.completeUserLogin(login, redirect);
            AccessToken first = session.accessToken();

            assertThat(first.type()).isEqualTo("DPoP");
            assertThat(first.scopes()).contains(BlareseptScope.SOKNAD.value());
            assertThat(SignedJWT.parse(first.value()).getJWTClaimsSet().getJSONObjectClaim("cnf"))
                    .containsEntry("jkt", provider.dpopKeyThumbprint().orElseThrow());
            assertThat(session.canRefresh()).isTrue();
            // The realm revokes each refresh token on use: the second refresh succeeds only when the
            // session kept the rotated one.
            AccessToken second = awaitRenewal(session, first);
            AccessToken third = awaitRenewal(session, second);
            assertThat(third.dpopThumbprint()).isEqualTo(provider.dpopKeyThumbprint());
        }
    }

    /** Asks the session for its token until early renewal has replaced {@code previous}. */
    static AccessToken awaitRenewal(UserSession session, AccessToken previous) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(InteropRealm.ACCESS_TOKEN_SECONDS * 3L);
        while (Instant.now().isBefore(deadline)) {
            AccessToken current = session.accessToken();
            if (!current.value().equals(previous.value())) {
                return current;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the session did not renew its token within "
                + InteropRealm.ACCESS_TOKEN_SECONDS * 3 + " s of a " + InteropRealm.ACCESS_TOKEN_SECONDS + " s lifetime");
    }

    @Test
    void assertionSignedWithAnUnregisteredKeyIsATypedInvalidClientError(InteropRealm realm) {
        RSAKey impostor = InteropRealm.generateKey(realm.clientKey().getKeyID());
        try (HelseIdTokenProvider provider = provider(realm, impostor)) {
            HelseIdException e = catchThrowableOfType(HelseIdException.class,
                    () -> provider.accessToken(BlareseptScope.SOKNAD));

            assertThat(e.error()).contains("invalid_client");
            assertThat(e.errorDescription()).hasValueSatisfying(d -> assertThat(d).contains("Signature"));
            assertThat(e.httpStatus()).hasValue(400);
            assertThat(e.getMessage()).doesNotContain("eyJ");
        }
    }

    @Test
    void scopeTheRealmDoesNotKnowIsATypedInvalidScopeError(InteropRealm realm) {
        try (HelseIdTokenProvider provider = provider(realm, realm.clientKey())) {
            HelseIdException e = catchThrowableOfType(HelseIdException.class,
                    () -> provider.accessToken(Set.of("hdir:blareseptsoknad/unknown")));

            assertThat(e.error()).contains("invalid_scope");
            assertThat(e.getMessage()).doesNotContain("eyJ");
        }
    }

    private static HelseIdTokenProvider provider(InteropRealm realm, RSAKey key) {
        return HelseIdTokenProvider.of(HelseIdConfig.builder()
                .issuer(realm.issuer())
                .clientId(realm.clientId())
                .clientKey(ClientKey.ofJwk(key.toJSONString()))
                .build());
    }

    private static HttpResponse<String> get(URI uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
