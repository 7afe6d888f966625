package no.blaresept.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/requirements.md} true (G-1): vendors copy that table into their approval documents,
 * so every test it names must exist, and every requirement the SDK's Javadoc says it serves must have a
 * row.
 */
class KravtabellTest {

    /** {@code `Class#method`}, {@code `pkg.Class`} or {@code `#method`} (the previous class's method). */
    private static final Pattern TEST_REFERANSE =
            Pattern.compile("`((?:[a-z]\\w*\\.)*[A-Z]\\w*(?:Test|IT|Benchmark))?(?:#(\\w+))?`");
    private static final Pattern KRAV_ID = Pattern.compile("\\b[FTAG]-\\d+(?:\\.\\d+)?(?!\\.?[a-zA-Z])");

    private static Path rot;
    private static List<String[]> rader;
    private static Map<String, String> kildefiler;
    private static Map<String, String> hovedkilder;

    @BeforeAll
    static void lesTabellen() throws IOException {
        rot = Path.of("").toAbsolutePath();
        while (!Files.exists(rot.resolve("docs/requirements.md"))) {
            rot = rot.getParent();
        }
        rader = Files.readAllLines(rot.resolve("docs/requirements.md")).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| id ") && !l.startsWith("|---"))
                .map(l -> l.substring(1).split("(?<!\\\\)\\|"))
                .filter(celler -> celler.length >= 4)
                .toList();
        Map<String, String> alle = javakilder();
        kildefiler = utvalg(alle, f -> f.contains("/src/test/java/") || f.startsWith("benchmarks/src/main/java/"));
        hovedkilder = utvalg(alle, f -> f.contains("/src/main/java/"));
    }

    @Test
    void everyTestTheTableNamesExists() {
        List<String> mangler = new ArrayList<>();
        int metoder = 0;
        for (String[] rad : rader) {
            List<String> klasse = List.of();
            Matcher m = TEST_REFERANSE.matcher(rad[2]);
            while (m.find()) {
                if (m.group(1) != null) {
                    klasse = filerFor(m.group(1));
                    if (klasse.isEmpty()) {
                        mangler.add(rad[0].strip() + ": class " + m.group(1));
                    }
                }
                if (m.group(2) != null) {
                    metoder++;
                    String metode = m.group(2);
                    boolean finnes = klasse.stream().anyMatch(f ->
                            Pattern.compile("\\bvoid " + metode + "\\(").matcher(kildefiler.get(f)).find());
                    if (!finnes) {
                        mangler.add(rad[0].strip() + ": method " + metode);
                    }
                }
            }
        }
        assertThat(metoder).as("test methods named in the table").isGreaterThan(100);
        assertThat(mangler).as("tests named in docs/requirements.md that do not exist").isEmpty();
    }

    @Test
    void everyRequirementTheCodeServesHasARow() {
        Set<String> dekket = rader.stream().map(r -> r[0].strip()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> nevnt = new TreeSet<>();
        hovedkilder.values().forEach(kilde -> nevnt.addAll(ider(kilde)));

        assertThat(nevnt).as("requirement ids named in the SDK's Javadoc").hasSizeGreaterThan(30);
        assertThat(dekket).containsAll(nevnt);
    }

    private static List<String> filerFor(String klasse) {
        String slutt = "/" + klasse.replace('.', '/') + ".java";
        return kildefiler.keySet().stream().filter(f -> f.endsWith(slutt)).toList();
    }

    private static Set<String> ider(String tekst) {
        Set<String> ider = new TreeSet<>();
        KRAV_ID.matcher(tekst).results().forEach(r -> ider.add(r.group()));
        return ider;
    }

    /** Every Java source file below the root (build output left out), by its path relative to the root. */
    private static Map<String, String> javakilder() throws IOException {
        try (Stream<Path> filer = Files.walk(rot)) {
            return filer
                    .filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/"))
                    .collect(Collectors.toMap(p -> rot.relativize(p).toString(), KravtabellTest::les));
        }
    }

    private static Map<String, String> utvalg(Map<String, String> kilder, Predicate<String> sti) {
        return kilder.entrySet().stream().filter(e -> sti.test(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String les(Path fil) {
        try {
            return Files.readString(fil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
