package no.blaresept.testkit.helseid.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The mock STS as one WireMock response transformer: routes discovery, JWKS, token, PAR and
 * authorization requests to their handlers and turns {@link OAuthError}s into OAuth error answers.
 * Thread-safe.
 */
public final class StsRouter implements ResponseDefinitionTransformerV2 {

    /** The name WireMock knows this transformer by. */
    public static final String NAME = "mock-helseid-sts";
    /** Endpoint paths. */
    public static final String DISCOVERY = "/.well-known/openid-configuration";
    static final String JWKS = "/jwks";
    static final String TOKEN = "/connect/token";
    static final String PAR = "/connect/par";
    static final String AUTHORIZE = "/connect/authorize";

    /** The handlers, known once the server's port (and so the issuer) is known. */
    private record Handlers(String issuer, TokenIssuer tokens, TokenEndpoint tokenEndpoint,
                            AuthorizationEndpoints authorization, StsSettings settings) {
    }

    private volatile @Nullable Handlers handlers;

    /**
     * Connects the endpoints; WireMock must be started (to learn the port) before the issuer exists.
     *
     * @param issuer        the mock's issuer
     * @param tokens        for the JWKS
     * @param tokenEndpoint the token endpoint
     * @param authorization PAR and authorization endpoints
     * @param settings      what discovery advertises
     */
    public void bind(String issuer, TokenIssuer tokens, TokenEndpoint tokenEndpoint, AuthorizationEndpoints authorization,
                     StsSettings settings) {
        this.handlers = new Handlers(issuer, tokens, tokenEndpoint, authorization, settings);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest req = event.getRequest();
        StsAnswer answer;
        try {
            answer = route(req);
        } catch (OAuthError e) {
            answer = Json.error(e);
        }
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(answer.status()).withBody(answer.body());
        answer.headers().forEach(b::withHeader);
        return b.build();
    }

    private StsAnswer route(LoggedRequest req) {
        Handlers h = handlers;
        if (h == null) {
            return Json.answer(503, Map.of("error", "temporarily_unavailable"), Optional.empty());
        }
        String path = URI.create(req.getUrl()).getPath();
        String method = req.getMethod().getName();
        URI uri = URI.create(req.getAbsoluteUrl());
        Optional<String> dpop = Optional.ofNullable(req.getHeader("DPoP"));
        return switch (method + " " + path) {
            case "GET " + DISCOVERY -> Json.answer(200, discovery(h.issuer(), h.settings()), Optional.empty());
            case "GET " + JWKS -> Json.answer(200, h.tokens().publicKeys().toJSONObject(true), Optional.empty());
            case "POST " + TOKEN -> h.tokenEndpoint().handle(form(req.getBodyAsString()), dpop, uri);
            case "POST " + PAR -> h.authorization().par(form(req.getBodyAsString()), dpop, uri);
            case "GET " + AUTHORIZE -> h.authorization().authorize(query(uri));
            default -> Json.answer(404, Map.of("error", "not_found", "error_description", "no such endpoint: " + path),
                    Optional.empty());
        };
    }

    private static Map<String, Object> discovery(String issuer, StsSettings settings) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", issuer);
        d.put("jwks_uri", issuer + JWKS);
        d.put("token_endpoint", settings.advertisedTokenEndpoint().map(URI::toString).orElse(issuer + TOKEN));
        d.put("pushed_authorization_request_endpoint", issuer + PAR);
        d.put("authorization_endpoint", issuer + AUTHORIZE);
        d.put("require_pushed_authorization_requests", true);
        d.put("grant_types_supported", List.of("client_credentials", "authorization_code", "refresh_token"));
        d.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt"));
        d.put("dpop_signing_alg_values_supported", List.of("ES256", "ES384", "ES512", "PS256", "RS256"));
        d.put("code_challenge_methods_supported", List.of("S256"));
        d.put("authorization_response_iss_parameter_supported", true);
        return d;
    }

    /** The query parameters of a URI. */
    public static Map<String, String> query(URI uri) {
        return form(Optional.ofNullable(uri.getRawQuery()).orElse(""));
    }

    /** Parses {@code application/x-www-form-urlencoded} text (the first value of each name). */
    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            form.putIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }
}
