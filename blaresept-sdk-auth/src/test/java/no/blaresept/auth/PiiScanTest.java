package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.testsupport.pii.PiiFunn;
import no.blaresept.testsupport.pii.PiiMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Personal data in, none out (auth): an STS that answers its token, discovery and key endpoints with
 * tokens, JWTs and a fødselsnummer in every place an answer has, or fails in every way, gives
 * exceptions whose messages and causes hold no {@link PiiMarkers}; tokens and keys print none. Log
 * records are scanned by the shared log scan around every auth test.
 */
class PiiScanTest {

    private static final String FNR = "15838510075";
    private static final String JWT = "eyJhbGciOiJFUzI1NiJ9.eyJwaWQiOiIxNTgzODUxMDA3NSJ9.c2ln";
    private static final List<ResponseDefinitionBuilder> SVAR = List.of(
            // The STS's description is echoed on purpose (it says what to fix); a fødselsnummer or token in it is masked.
            json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"" + FNR + " " + JWT + "\"}"),
            json(401, "{\"error\":\"" + JWT + "\",\"error_uri\":\"http://x/" + FNR + "\"}")
                    .withHeader("WWW-Authenticate", "DPoP error=\"" + JWT + "\""),
            json(400, "{\"error\":\"use_dpop_nonce\"}").withHeader("DPoP-Nonce", JWT + FNR),
            json(200, "{\"access_token\":\"" + JWT + "\",\"token_type\":\"" + FNR + "\",\"expires_in\":\"" + FNR + "\"}"),
            json(200, "{\"access_token\":\"test-token-abc\",\"token_type\":\"DPoP\",\"expires_in\":-" + FNR + "}"),
            json(200, "{\"access_token\":\"test-token-abc\",\"token_type\":\"Bearer\",\"expires_in\":60}"),
            json(200, "{\"access_token\":\"test-token-abc\"").withFault(Fault.CONNECTION_RESET_BY_PEER),
            json(500, FNR + " " + JWT).withHeader("Content-Type", "text/" + FNR),
            json(200, "[\"" + JWT + "\", {\"access_token\": null}]"));

    final StsStub sts = new StsStub();

    @AfterEach
    void tearDown() {
        sts.close();
    }

    @Test
    void stsAnswersHoldingTokensAndAFodselsnummerLeaveNoneInExceptionsOrResults() {
        assertThat(PiiMarkers.FODSELSNUMMER).as("the scan looks for what this test feeds in").contains(FNR);
        PiiFunn funn = new PiiFunn();
        for (ResponseDefinitionBuilder svar : SVAR) {
            sts.wm.stubFor(post("/connect/token").willReturn(svar));
            try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
                funn.kall("accessToken", () -> provider.accessToken(BlareseptScope.SOKNAD));
                funn.kall("authorize", () -> provider.authorize(new ApiRequest("POST",
                        URI.create("https://api.example/soknad/status/" + FNR), BlareseptScope.SOKNAD,
                        Instant.now().plusSeconds(5))));
                funn.verdi("provider", provider);
            }
        }
        for (ResponseDefinitionBuilder svar : SVAR) {
            sts.wm.resetAll();
            sts.wm.stubFor(any(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(svar));
            try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(sts.config().build())) {
                funn.kall("accessToken after discovery", () -> provider.accessToken(BlareseptScope.SOKNAD));
            } catch (RuntimeException e) {
                funn.unntak("create", e);
            }
        }
        funn.ingenTreff("auth STS answers");
    }

    @Test
    void tokensKeysAndConfigurationPrintNone() {
        PiiFunn funn = new PiiFunn();
        sts.wm.stubFor(post("/connect/token").willReturn(json(200, StsStub.tokenJson(JWT, "DPoP", 3600))));
        HelseIdConfig config = sts.config().build();
        try (HelseIdTokenProvider provider = HelseIdTokenProvider.of(config)) {
            funn.kall("accessToken", () -> provider.accessToken(BlareseptScope.SOKNAD));
            funn.kall("authorize", () -> provider.authorize(new ApiRequest("POST",
                    URI.create("https://api.example/soknad/send"), BlareseptScope.SOKNAD, Instant.now().plusSeconds(5))));
        }
        funn.verdi("config", config);
        funn.verdi("clientKey", ClientKey.ofJwk(sts.clientJwk.toJSONString()));
        funn.kall("clientKey from a broken JWK", () -> ClientKey.ofJwk("{\"kty\":\"EC\",\"d\":\"" + JWT + FNR + "\"}"));
        funn.kall("clientKey from a broken PEM", () -> ClientKey.ofPem("-----BEGIN PRIVATE KEY-----\n" + FNR
                + "\n-----END PRIVATE KEY-----", "kid"));
        // Key file names are the vendor's configuration and named in errors on purpose; a fødselsnummer in one is masked.
        funn.kall("clientKey from a missing file", () -> ClientKey.ofPemFile(Path.of("key-" + FNR + ".pem"), "kid"));
        funn.kall("clientKey from a missing PKCS#12", () -> ClientKey.ofPkcs12(Path.of("key-" + FNR + ".p12"),
                "tok-secret".toCharArray()));
        funn.ingenTreff("auth values");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
