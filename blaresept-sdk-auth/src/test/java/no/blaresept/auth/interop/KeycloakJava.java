package no.blaresept.auth.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Picks the Java installation the Keycloak process runs on. The SDK builds and tests on Java 17,
 * but Keycloak 26 needs Java 21 or newer, so the test JVM is used only when it is new enough;
 * otherwise the newest suitable JDK among the candidates ({@code -Dinterop.keycloak.javaHome},
 * {@code JAVA_HOME}, every directory under {@code /usr/lib/jvm}) is chosen.
 *
 * <p>Stateless and thread-safe.
 */
final class KeycloakJava {

    /** Keycloak 26's minimum Java feature version. */
    static final int MINIMUM_FEATURE = 21;

    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([0-9][^\"\\s]*)\"?");

    private KeycloakJava() {
    }

    /**
     * The Java home for Keycloak in this environment.
     *
     * @return a Java home whose {@code bin/java} is version 21 or newer
     * @throws IllegalStateException naming every candidate looked at, when none fits
     */
    static Path select() {
        if (Runtime.version().feature() >= MINIMUM_FEATURE) {
            return Path.of(System.getProperty("java.home"));
        }
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("interop.keycloak.javaHome")).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        candidates.addAll(children(Path.of("/usr/lib/jvm")));
        return newest(candidates).orElseThrow(() -> new IllegalStateException(
                "Keycloak needs Java " + MINIMUM_FEATURE + " or newer, but the test JVM is Java "
                        + Runtime.version().feature() + " and none of these is: " + candidates
                        + ". Install a JDK " + MINIMUM_FEATURE + "+ under /usr/lib/jvm, point"
                        + " -Dinterop.keycloak.javaHome at one, or skip the interop tests with -DskipInterop."));
    }

    /**
     * The newest candidate that is a Java home of version 21 or newer.
     *
     * @param candidates directories that may be Java homes
     * @return the newest fitting one, if any
     */
    static Optional<Path> newest(List<Path> candidates) {
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> featureVersion(home).orElse(0) >= MINIMUM_FEATURE)
                .max(Comparator.comparingInt(home -> featureVersion(home).orElse(0)));
    }

    /**
     * The feature version (21, 25, …) a Java home declares in its {@code release} file.
     *
     * @param home a directory that may be a Java home
     * @return the version, or empty when the directory has no readable {@code release} file
     */
    static Optional<Integer> featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(feature(m.group(1))) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int feature(String version) {
        // "1.8.0_402" is Java 8; from Java 9 on the first number is the feature version.
        String[] parts = version.split("[._+-]");
        int first = Integer.parseInt(parts[0]);
        return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
