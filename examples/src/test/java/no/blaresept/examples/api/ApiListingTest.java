package no.blaresept.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the public API of every published module (issue 14): each module keeps its API as
 * {@code api/<module>.api}, and this test fails when the compiled code's API differs from that file, so an
 * API change shows in review as a diff of the file. After a deliberate change, regenerate the files:
 *
 * <pre>mvn -B -q -pl examples -am test -DskipInterop -Dapi.update -Dtest=ApiListingTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class ApiListingTest {

    static Stream<String> publishedModules() throws IOException {
        try (Stream<Path> markers = Files.list(root())) {
            List<String> modules = markers.filter(dir -> Files.exists(dir.resolve(".published")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
            assertThat(modules).as("published modules").isNotEmpty();
            return modules.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("publishedModules")
    void apiEqualsItsCommittedListing(String module) throws IOException {
        Path moduleDir = root().resolve(module);
        String actual = ApiListing.of(moduleDir.resolve("target/classes"));
        Path file = moduleDir.resolve("api").resolve(module + ".api");
        if (System.getProperty("api.update") != null) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        }
        assertThat(Files.exists(file)).as("%s exists (regenerate with -Dapi.update)", file).isTrue();
        String committed = Files.readString(file);
        assertThat(actual)
                .as("the API of %s differs from %s; if the change is deliberate, regenerate it with -Dapi.update "
                        + "(see this test's Javadoc) and commit the file. Changed lines:%n%s",
                        module, root().relativize(file), difference(committed, actual))
                .isEqualTo(committed);
    }

    private static String difference(String committed, String actual) {
        Set<String> before = new LinkedHashSet<>(committed.lines().toList());
        Set<String> after = new LinkedHashSet<>(actual.lines().toList());
        List<String> changes = new ArrayList<>();
        before.stream().filter(line -> !after.contains(line)).forEach(line -> changes.add("- " + line));
        after.stream().filter(line -> !before.contains(line)).forEach(line -> changes.add("+ " + line));
        return String.join(System.lineSeparator(), changes);
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("docs/requirements.md"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
