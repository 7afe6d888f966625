package no.blaresept.sdk.internal.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a header a listener adds to a call: an RFC 9110 token as name, a value an HTTP/1.1
 * field can carry on one line, and never a header the SDK or the HTTP client sets itself, so a
 * listener can neither forge credentials nor split a request.
 */
final class ExtraHeader {

    /** Longer values are refused: no trace header comes near, and a server may refuse the request. */
    static final int MAX_VALUE_LENGTH = 8192;

    private static final Set<String> RESERVED = Set.of("authorization", "proxy-authorization", "dpop",
            "x-correlation-id", "user-agent", "accept", "content-type",
            // Set by java.net.http itself; it refuses them.
            "connection", "content-length", "expect", "host", "upgrade");
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private ExtraHeader() {
    }

    /**
     * What is wrong with the header, in words without its value, or empty when it may be sent.
     *
     * @param name    the header name
     * @param value   its value
     * @param already names (as given) of headers accepted before it in the same call
     */
    static Optional<String> problem(String name, String value, Set<String> already) {
        if (name == null || value == null) {
            return Optional.of("a null name or value");
        }
        if (name.isEmpty() || !name.chars().allMatch(ExtraHeader::tokenChar)) {
            return Optional.of("a name that is not an HTTP token");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (RESERVED.contains(lower)) {
            return Optional.of(name + " is the SDK's own");
        }
        if (already.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
            return Optional.of(name + " twice");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return Optional.of(name + " longer than " + MAX_VALUE_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> c == ' ' || c == '\t' || (c >= 0x21 && c <= 0x7E))) {
            return Optional.of(name + " with a character a header line cannot carry (CR, LF, control or non-ASCII)");
        }
        return Optional.empty();
    }

    private static boolean tokenChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }
}
