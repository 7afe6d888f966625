package no.blaresept.auth.internal;

import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/** Small hashing and URI helpers shared by proofs, PKCE and the nonce store. */
public final class Jose {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Jose() {
    }

    /** Base64url (no padding) of SHA-256 over the ASCII text: DPoP {@code ath} and PKCE S256. */
    public static String sha256(String ascii) {
        try {
            // A new digest per call: MessageDigest is not thread-safe (a bug NHN's .NET library shipped).
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Base64URL.encode(digest.digest(ascii.getBytes(StandardCharsets.US_ASCII))).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** {@code bytes} random bytes, base64url without padding. */
    public static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64URL.encode(b).toString();
    }

    /** The DPoP {@code htu}: the URI without query and fragment (RFC 9449 §4.2). */
    public static String htu(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getRawAuthority(), uri.getRawPath(), null, null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("URI cannot be reduced to scheme, authority and path: " + uri.getHost(), e);
        }
    }

    /** The origin {@code scheme://host:port} a server's DPoP nonce belongs to. */
    public static String origin(URI uri) {
        int port = uri.getPort();
        if (port < 0) {
            port = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }
}
