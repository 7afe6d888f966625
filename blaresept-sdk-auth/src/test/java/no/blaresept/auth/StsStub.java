package no.blaresept.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scripted STS on WireMock (loopback, random port) for the provider's unit tests. */
final class StsStub implements AutoCloseable {

    final WireMockServer wm = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    final ECKey clientJwk;

    StsStub() {
        wm.start();
        try {
            clientJwk = new ECKeyGenerator(Curve.P_256).keyID("client-kid").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        wm.stubFor(get("/.well-known/openid-configuration").willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"issuer\":\"" + issuer() + "\",\"token_endpoint\":\"" + issuer() + "/connect/token\","
                        + "\"pushed_authorization_request_endpoint\":\"" + issuer() + "/connect/par\","
                        + "\"authorization_endpoint\":\"" + issuer() + "/connect/authorize\"}")));
    }

    String issuer() {
        return "http://127.0.0.1:" + wm.port();
    }

    HelseIdConfig.Builder config() {
        return HelseIdConfig.builder().issuer(issuer()).clientId("client-a")
                .clientKey(ClientKey.fromJwk(clientJwk.toJSONString()));
    }

    static String tokenJson(String token, String type, int expiresIn) {
        return "{\"access_token\":\"" + token + "\",\"token_type\":\"" + type + "\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"hdir:blareseptsoknad/soknad\"}";
    }

    List<LoggedRequest> posts(String path) {
        return wm.findAll(postRequestedFor(urlEqualTo(path)));
    }

    static Map<String, String> form(LoggedRequest r) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : r.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    @Override
    public void close() {
        wm.stop();
    }
}
