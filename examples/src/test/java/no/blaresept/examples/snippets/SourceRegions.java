package no.blaresept.examples.snippets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named regions of one source file: the lines between {@code // region::NAME} and {@code // end::NAME},
 * without marker lines of other regions inside them (regions may nest or overlap), de-indented by their
 * smallest indentation, so a document shows them as they read on their own. A region ended and opened
 * again continues where it stopped: the lines between (an assertion, a return) stay out of the document.
 */
final class SourceRegions {

    private static final String START = "// region::";
    private static final String END = "// end::";

    private final Map<String, String> regions;

    private SourceRegions(Map<String, String> regions) {
        this.regions = regions;
    }

    /**
     * Reads the regions of {@code source}; {@code file} only names it in errors.
     *
     * @throws IllegalArgumentException for a region opened twice, ended without being opened, or never ended
     */
    static SourceRegions of(String file, String source) {
        Map<String, Integer> open = new HashMap<>();
        Map<String, List<String>> collected = new LinkedHashMap<>();
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(START)) {
                String name = line.substring(START.length()).strip();
                if (open.containsKey(name)) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": region '" + name + "' opened again before it ended");
                }
                open.put(name, i + 1);
                collected.computeIfAbsent(name, n -> new ArrayList<>());
            } else if (line.startsWith(END)) {
                String name = line.substring(END.length()).strip();
                if (open.remove(name) == null) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": region '" + name + "' ended but never opened");
                }
            } else {
                String raw = lines.get(i);
                open.keySet().forEach(name -> collected.get(name).add(raw));
            }
        }
        open.forEach((name, line) -> {
            throw new IllegalArgumentException(file + ":" + line + ": region '" + name + "' is never ended");
        });
        Map<String, String> regions = new LinkedHashMap<>();
        collected.forEach((name, region) -> regions.put(name, deindent(region)));
        return new SourceRegions(regions);
    }

    /** The region's text, or {@code null} when the file has no region of that name. */
    String region(String name) {
        return regions.get(name);
    }

    private static String deindent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
        return String.join("\n", out);
    }
}
