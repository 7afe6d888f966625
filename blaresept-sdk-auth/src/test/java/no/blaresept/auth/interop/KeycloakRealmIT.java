package no.blaresept.auth.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Control experiments with raw Nimbus requests: the interop realm really demands DPoP and PAR, so a
 * provider that passes against it speaks both.
 */
@ExtendWith(KeycloakExtension.class)
class KeycloakRealmIT {

    @Test
    void discoveryAdvertisesDpopAndPushedAuthorizationRequests(InteropRealm realm) {
        RawOAuth.Answer discovery = RawOAuth.get(URI.create(realm.issuer() + "/.well-known/openid-configuration"));

        assertThat(discovery.status()).isEqualTo(200);
        assertThat(discovery.json().path("issuer").asText()).isEqualTo(realm.issuer().toString());
        assertThat(discovery.json().path("dpop_signing_alg_values_supported").toString()).contains("ES256");
        assertThat(discovery.json().path("pushed_authorization_request_endpoint").asText())
                .isEqualTo(realm.parEndpoint().toString());
        assertThat(discovery.json().path("token_endpoint_auth_methods_supported").toString()).contains("private_key_jwt");
    }

    @Test
    void clientCredentialsWithoutDpopProofIsRejected(InteropRealm realm) {
        RawOAuth.Answer answer = RawOAuth.postForm(realm.tokenEndpoint(), Map.of(
                "grant_type", "client_credentials",
                "client_assertion_type", RawOAuth.CLIENT_ASSERTION_TYPE,
                "client_assertion", RawOAuth.clientAssertion(realm, realm.clientKey())));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(answer.json().path("error_description").asText()).contains("DPoP proof is missing");
    }

    @Test
    void authorizationRequestWithoutParIsRejected(InteropRealm realm) {
        URI direct = URI.create(realm.authorizationEndpoint() + "?response_type=code&client_id=" + realm.clientId()
                + "&redirect_uri=" + realm.redirectUri() + "&scope=openid&code_challenge_method=S256"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

        RawOAuth.Answer answer = RawOAuth.get(direct);

        // Keycloak redirects the refusal back to the client, as RFC 6749 §4.1.2.1 asks.
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).startsWith(realm.redirectUri() + "?error=invalid_request")
                .contains("Pushed+Authorization+Request");
    }
}
