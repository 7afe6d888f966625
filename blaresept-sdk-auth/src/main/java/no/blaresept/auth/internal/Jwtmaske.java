package no.blaresept.auth.internal;

import java.util.regex.Pattern;

/**
 * Masks anything shaped like a JWT or JWS (a base64url run starting {@code eyJ}, the encoding of
 * <code>{"</code>, with its dot-separated parts) in text the SDK did not write: an STS's error code or
 * description is echoed in messages, and an STS that echoes a token or proof must not put it in a log.
 * Thread-safe.
 */
public final class Jwtmaske {
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_=-]*(?:\\.[A-Za-z0-9_=-]*)*");

    private Jwtmaske() {
    }

    /** {@code tekst} with every JWT-shaped run replaced by {@code [JWT]}. */
    public static String masker(String tekst) {
        return tekst.indexOf("eyJ") < 0 ? tekst : JWT.matcher(tekst).replaceAll("[JWT]");
    }
}
