package no.blaresept.sdk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The SDK's version, written into {@code sdk.properties} by the build, for the {@code User-Agent}.
 *
 * <p>Thread-safe: the version is read once, when the class loads.
 */
public final class SdkVersion {

    /** The version, e.g. {@code 0.1.0}; {@code unknown} if the build did not record it. */
    public static final String VALUE = read();

    private SdkVersion() {
    }

    private static String read() {
        Properties p = new Properties();
        try (InputStream in = SdkVersion.class.getResourceAsStream("sdk.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("${") ? "unknown" : v;
    }
}
