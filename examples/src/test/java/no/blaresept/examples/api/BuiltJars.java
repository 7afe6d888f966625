package no.blaresept.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.re2j.Pattern;
import com.nimbusds.jwt.JWT;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.BlareseptMockServer;
import org.everit.json.schema.Schema;
import org.jspecify.annotations.NullMarked;
import org.json.JSONObject;

/**
 * The jars this test JVM was started with, split the way a vendor's module path splits them: the SDK's
 * published jars and the libraries their descriptors require go on the module path, the rest stays on
 * the class path.
 */
final class BuiltJars {

    /** Published modules with a {@code module-info}, each with its API listing. */
    static final List<String> NAMED = List.of("blaresept-sdk-schema", "blaresept-sdk-core", "blaresept-sdk-auth");

    private BuiltJars() {
    }

    static Path schema() {
        return jarOf(SkjemaModell.class);
    }

    static Path core() {
        return jarOf(BlareseptClient.class);
    }

    static Path auth() {
        return jarOf(HelseIdTokenProvider.class);
    }

    static Path testkit() {
        return jarOf(BlareseptMockServer.class);
    }

    static Path of(String module) {
        return switch (module) {
            case "blaresept-sdk-schema" -> schema();
            case "blaresept-sdk-core" -> core();
            case "blaresept-sdk-auth" -> auth();
            case "blaresept-sdk-testkit" -> testkit();
            default -> throw new IllegalArgumentException("not a published module: " + module);
        };
    }

    /** The SDK's jars and every library one of their descriptors requires. */
    static List<Path> modulePath() {
        return Stream.concat(Stream.of(schema(), core(), auth(), testkit()),
                Stream.of(ObjectMapper.class, JsonFactory.class, JsonInclude.class, JavaTimeModule.class, JWT.class,
                        NullMarked.class, Schema.class, JSONObject.class, Pattern.class).map(BuiltJars::jarOf))
                .distinct()
                .toList();
    }

    /** This JVM's test class path without what {@link #modulePath()} holds. */
    static List<Path> classPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> modules = modulePath();
        return Arrays.stream(classPath.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .filter(entry -> !modules.contains(entry))
                .toList();
    }

    static String joined(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static Path jarOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
            assertThat(location.toString())
                    .as("%s must come from a built jar: run this test after package (mvn -pl examples -am verify)",
                            type.getName())
                    .endsWith(".jar");
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
