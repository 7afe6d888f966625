package no.blaresept.auth.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import no.blaresept.auth.HelseIdException;

/** Reads the query parameters of the redirect that ends a login (RFC 6749 §4.1.2). Thread-safe (stateless). */
public final class RedirectParameters {

    private RedirectParameters() {
    }

    /**
     * The redirect's query parameters; a parameter sent twice is refused (RFC 6749 §3.1).
     *
     * @param redirect the full redirect URI the browser was sent to
     * @return the parameters by name
     * @throws HelseIdException when the redirect has no query or repeats a parameter
     */
    public static Map<String, String> of(URI redirect) {
        String query = redirect.getRawQuery();
        if (query == null || query.isEmpty()) {
            throw new HelseIdException("login redirect has no query parameters; pass the whole URI the browser "
                    + "was redirected to, with code, state and iss");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            if (params.putIfAbsent(name, value) != null) {
                throw new HelseIdException("login redirect repeats the parameter '" + name + "'; refuse it and start a new login");
            }
        }
        return params;
    }
}
