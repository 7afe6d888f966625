package no.blaresept.examples.snippets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced {@code ```java} blocks of one Markdown document, each with the snippet marker on the line before
 * it ({@code <!-- snippet: PATH#REGION -->}, or {@code #REGION1,REGION2} for regions shown one after the
 * other), if it has one.
 */
final class MarkdownJavaBlocks {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([\\w+-]*).*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*([^#\\s]+)#([\\w,.-]+)\\s*-->\\s*$");

    /**
     * One java block.
     *
     * @param line the 1-based line of its opening fence
     * @param path the marker's source path relative to the repository root, or {@code null} without a marker
     * @param regions the marker's region names (empty without a marker)
     * @param indent the fence's indentation, which every body line carries
     * @param firstBodyLine the 0-based index of its first body line
     * @param body its body lines, without the fence's indentation
     */
    record Block(int line, String path, List<String> regions, String indent, int firstBodyLine, List<String> body) {

        boolean marked() {
            return path != null;
        }

        String text() {
            return String.join("\n", body);
        }
    }

    private MarkdownJavaBlocks() {
    }

    /**
     * Finds the java blocks of {@code markdown}.
     *
     * @throws IllegalArgumentException for a fence never closed ({@code doc} names the document)
     */
    static List<Block> of(String doc, String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            int close = closingFence(lines, i, open.group(2));
            if (close < 0) {
                throw new IllegalArgumentException(doc + ":" + (i + 1) + ": code block is never closed");
            }
            if (open.group(3).equals("java")) {
                Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
                boolean marked = marker != null && marker.matches();
                List<String> body = lines.subList(i + 1, close).stream()
                        .map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l.stripLeading()).toList();
                blocks.add(new Block(i + 1, marked ? marker.group(1) : null,
                        marked ? List.of(marker.group(2).split(",")) : List.of(), indent, i + 1, body));
            }
            i = close;
        }
        return blocks;
    }

    /** {@code markdown} with each block's body replaced by {@code bodies} (one per block, in order). */
    static String replaceBodies(String markdown, List<Block> blocks, List<String> bodies) {
        List<String> lines = new ArrayList<>(markdown.lines().toList());
        for (int b = blocks.size() - 1; b >= 0; b--) {
            Block block = blocks.get(b);
            List<String> replacement = bodies.get(b).lines()
                    .map(l -> l.isEmpty() ? "" : block.indent() + l).toList();
            List<String> old = lines.subList(block.firstBodyLine(), block.firstBodyLine() + block.body().size());
            old.clear();
            old.addAll(replacement);
        }
        return String.join("\n", lines) + (markdown.endsWith("\n") ? "\n" : "");
    }

    private static int closingFence(List<String> lines, int open, String fence) {
        for (int j = open + 1; j < lines.size(); j++) {
            String line = lines.get(j).strip();
            if (line.startsWith(fence) && line.chars().allMatch(c -> c == fence.charAt(0))) {
                return j;
            }
        }
        return -1;
    }
}
