package no.blaresept.testkit.helseid.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** JSON answers of the mock STS. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static StsAnswer answer(int status, Object body, Optional<String> dpopNonce) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Cache-Control", "no-store");
        dpopNonce.ifPresent(n -> headers.put("DPoP-Nonce", n));
        try {
            return new StsAnswer(status, headers, MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mock STS answer cannot be written", e);
        }
    }

    static StsAnswer error(OAuthError e) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.error());
        body.put("error_description", e.getMessage());
        return answer(e.status(), body, e.dpopNonce());
    }
}
