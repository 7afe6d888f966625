package no.blaresept.sdk.internal.http;

import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer as the engine hands it to a reader: status, headers, the whole body and the call's
 * correlation id.
 *
 * <p>Thread-safe: never changed after it is made (the body array is not copied, and no one writes it).
 *
 * @param status        HTTP status
 * @param headers       response headers
 * @param body          the body (not copied: internal use only)
 * @param correlationId the call's correlation id
 */
public record ApiResponse(int status, HttpHeaders headers, byte[] body, String correlationId) {

    /** Checks presence. */
    public ApiResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type of the body without parameters, lower case, or empty. */
    public String mediaType() {
        return header("Content-Type").map(ApiResponse::mediaTypeOf).orElse("");
    }

    static String mediaTypeOf(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
