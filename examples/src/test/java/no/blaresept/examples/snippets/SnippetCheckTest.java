package no.blaresept.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The snippet check itself, on documents and sources written here, so it is seen failing. */
class SnippetCheckTest {

    private static final String SOURCE = """
            package x;

            // region::imports
            import java.util.List;
            // end::imports

            class X {
                void m() {
                    // region::body
                    List<String> a = List.of("a");
                    // region::inner
                    if (a.isEmpty()) {
                        return;
                    }
                    // end::inner
                    // end::body
                }
            }
            """;
    private static final Map<String, String> SOURCES = Map.of("ex/X.java", SOURCE);

    private static SnippetCheck check(String markdown) {
        return SnippetCheck.of("docs/d.md", markdown, SOURCES::get);
    }

    @Test
    void aBlockEqualToItsRegionsPasses() {
        String doc = """
                # Title

                <!-- snippet: ex/X.java#imports,body -->
                ```java
                import java.util.List;

                List<String> a = List.of("a");
                if (a.isEmpty()) {
                    return;
                }
                ```
                """;

        assertThat(check(doc).problems()).isEmpty();
        assertThat(check(doc).updated()).isEqualTo(doc);
    }

    @Test
    void aNestedRegionIsDeindentedByItsOwnIndentation() {
        String doc = """
                <!-- snippet: ex/X.java#inner -->
                ```java
                if (a.isEmpty()) {
                    return;
                }
                ```
                """;

        assertThat(check(doc).problems()).isEmpty();
    }

    @Test
    void aDifferingBlockFailsNamingDocumentLineRegionAndTheFirstDifference() {
        String doc = """
                text

                <!-- snippet: ex/X.java#body -->
                ```java
                List<String> a = List.of("b");
                ```
                """;

        assertThat(check(doc).problems()).singleElement().asString()
                .startsWith("docs/d.md:4: differs from ex/X.java#body at the block's line 1")
                .contains("«List<String> a = List.of(\"b\");»", "«List<String> a = List.of(\"a\");»");
    }

    @Test
    void aJavaBlockWithoutAMarkerFailsButOtherLanguagesAreNotChecked() {
        String doc = """
                ```xml
                <a/>
                ```

                ```java
                int x = 1;
                ```
                """;

        assertThat(check(doc).problems()).singleElement().asString()
                .startsWith("docs/d.md:5: java block without a <!-- snippet: PATH#REGION --> marker");
    }

    @Test
    void aMissingFileOrRegionIsNamed() {
        String doc = """
                <!-- snippet: ex/Y.java#body -->
                ```java
                ```
                <!-- snippet: ex/X.java#nothing -->
                ```java
                ```
                """;

        assertThat(check(doc).problems()).containsExactly(
                "docs/d.md:2: the marker names ex/Y.java, which does not exist",
                "docs/d.md:5: ex/X.java has no region 'nothing'");
    }

    @Test
    void updateRewritesMarkedBlocksKeepingAListItemsIndentation() {
        String doc = """
                1. step

                   <!-- snippet: ex/X.java#inner -->
                   ```java
                   old();
                   ```
                """;

        SnippetCheck check = check(doc);

        assertThat(check.problems()).hasSize(1);
        assertThat(check.updated()).isEqualTo("""
                1. step

                   <!-- snippet: ex/X.java#inner -->
                   ```java
                   if (a.isEmpty()) {
                       return;
                   }
                   ```
                """);
        assertThat(check(check.updated()).problems()).isEmpty();
    }

    @Test
    void brokenRegionMarkersAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> SourceRegions.of("A.java", "// region::a\nx\n"))
                .hasMessage("A.java:1: region 'a' is never ended");
        assertThatThrownBy(() -> SourceRegions.of("A.java", "x\n// end::a\n"))
                .hasMessage("A.java:2: region 'a' ended but never opened");
        assertThatThrownBy(() -> SourceRegions.of("A.java", "// region::a\n// region::a\n"))
                .hasMessage("A.java:2: region 'a' opened again before it ended");
    }

    @Test
    void aRegionOpenedAgainContinuesWithoutTheLinesBetween() {
        SourceRegions regions = SourceRegions.of("A.java", """
                // region::a
                try (var x = open()) {
                    use(x);
                    // end::a
                    check(x);
                    // region::a
                }
                // end::a
                """);

        assertThat(regions.region("a")).isEqualTo("try (var x = open()) {\n    use(x);\n}");
    }

    @Test
    void anUnclosedFenceIsRefused() {
        assertThatThrownBy(() -> MarkdownJavaBlocks.of("d.md", "```java\nint x;\n"))
                .hasMessage("d.md:1: code block is never closed");
    }
}
