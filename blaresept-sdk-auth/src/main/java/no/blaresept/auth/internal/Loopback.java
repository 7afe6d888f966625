package no.blaresept.auth.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** Which URIs may use plain HTTP: loopback addresses only (RFC 8252 §8.3). Thread-safe (stateless). */
public final class Loopback {

    private Loopback() {
    }

    /** Whether {@code uri} is {@code http} to {@code localhost} or a loopback IP literal (no name lookup). */
    public static boolean isLoopbackHttp(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-f:.]+]")) {
            return false;
        }
        try {
            // An IP literal: getByName parses it without a name lookup.
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
