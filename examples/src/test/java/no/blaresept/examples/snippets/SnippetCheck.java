package no.blaresept.examples.snippets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compares every java block of one Markdown document with the source regions its marker names. Each problem
 * names the document, the block's line and the region, so a failing build says which snippet to fix.
 *
 * @param problems what is wrong, one line each (empty when every block equals its regions)
 * @param updated the document with every marked block rewritten from its regions
 */
record SnippetCheck(List<String> problems, String updated) {

    /**
     * Checks {@code markdown}, reading sources through {@code sources} (a path relative to the repository
     * root to its text, or {@code null} when there is no such file).
     */
    static SnippetCheck of(String doc, String markdown, Function<String, String> sources) {
        List<String> problems = new ArrayList<>();
        List<MarkdownJavaBlocks.Block> blocks = MarkdownJavaBlocks.of(doc, markdown);
        List<String> bodies = new ArrayList<>();
        for (MarkdownJavaBlocks.Block block : blocks) {
            String where = doc + ":" + block.line();
            String expected = block.marked() ? expected(where, block, sources, problems) : null;
            if (!block.marked()) {
                problems.add(where + ": java block without a <!-- snippet: PATH#REGION --> marker on the line "
                        + "before it; every java snippet must be a region of a compiled file in examples");
            } else if (expected != null && !expected.equals(block.text())) {
                problems.add(where + ": differs from " + block.path() + "#" + String.join(",", block.regions())
                        + firstDifference(block.text(), expected));
            }
            bodies.add(expected != null ? expected : block.text());
        }
        return new SnippetCheck(List.copyOf(problems), MarkdownJavaBlocks.replaceBodies(markdown, blocks, bodies));
    }

    /** Reads sources under the repository root {@code root}. */
    static Function<String, String> filesUnder(Path root) {
        return path -> {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return null;
            }
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static String expected(String where, MarkdownJavaBlocks.Block block, Function<String, String> sources,
            List<String> problems) {
        String source = sources.apply(block.path());
        if (source == null) {
            problems.add(where + ": the marker names " + block.path() + ", which does not exist");
            return null;
        }
        SourceRegions regions;
        try {
            regions = SourceRegions.of(block.path(), source);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (String name : block.regions()) {
            String text = regions.region(name);
            if (text == null) {
                problems.add(where + ": " + block.path() + " has no region '" + name + "'");
                return null;
            }
            texts.add(text);
        }
        return String.join("\n\n", texts);
    }

    private static String firstDifference(String actual, String expected) {
        List<String> doc = actual.lines().toList();
        List<String> src = expected.lines().toList();
        int i = 0;
        while (i < doc.size() && i < src.size() && doc.get(i).equals(src.get(i))) {
            i++;
        }
        return " at the block's line " + (i + 1) + ": document has «" + (i < doc.size() ? doc.get(i) : "(end)")
                + "», source has «" + (i < src.size() ? src.get(i) : "(end)") + "»";
    }
}
