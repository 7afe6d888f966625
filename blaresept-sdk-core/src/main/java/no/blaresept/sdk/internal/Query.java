package no.blaresept.sdk.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodes query and path values. */
final class Query {

    private Query() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
