package no.blaresept.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every java snippet in README.md and {@code docs/*.md} is a region of a compiled file in examples (issue 12
 * item 5): this test fails when a block has no snippet marker or differs from its region. After changing a
 * region, rewrite the documents from the sources:
 *
 * <pre>mvn -B -q -pl examples -am test -DskipInterop -Dsnippets.update -Dtest=DocSnippetsTest -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class DocSnippetsTest {

    static Stream<String> documents() throws IOException {
        try (Stream<Path> docs = Files.list(root().resolve("docs"))) {
            return Stream.concat(Stream.of("README.md"), docs.map(p -> "docs/" + p.getFileName())
                    .filter(name -> name.endsWith(".md")).sorted().toList().stream());
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyJavaBlockEqualsItsSourceRegion(String doc) throws IOException {
        Path file = root().resolve(doc);
        String markdown = Files.readString(file);
        SnippetCheck check = SnippetCheck.of(doc, markdown, SnippetCheck.filesUnder(root()));
        if (System.getProperty("snippets.update") != null && !check.updated().equals(markdown)) {
            Files.writeString(file, check.updated());
            check = SnippetCheck.of(doc, check.updated(), SnippetCheck.filesUnder(root()));
        }
        assertThat(check.problems())
                .as("java snippets of %s (rewrite from the sources with -Dsnippets.update, see this test's Javadoc)", doc)
                .isEmpty();
    }

    private static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("docs/requirements.md"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
