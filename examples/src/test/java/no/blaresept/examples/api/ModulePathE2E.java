package no.blaresept.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published jars' module descriptors (issue 14), checked over the built jars, where a vendor meets them:
 * the exports are exactly the packages of the committed API listing, internals reach only the SDK's own
 * modules, a vendor's module compiles against the API and fails to compile against an internal package, and
 * README's first example and the HelseID example run with the SDK on the module path.
 */
class ModulePathE2E {

    private static final Pattern API_TYPE = Pattern.compile("^\\S.*?\\b(?:class|interface|enum|record) ([\\w.$]+)");

    static List<String> namedModules() {
        return BuiltJars.NAMED;
    }

    @ParameterizedTest
    @MethodSource("namedModules")
    void exportsExactlyTheListedApiPackages(String module) throws IOException {
        ModuleDescriptor descriptor = descriptor(BuiltJars.of(module));

        assertThat(descriptor.isAutomatic()).as("%s has a module-info", module).isFalse();
        Set<String> unqualified = descriptor.exports().stream().filter(e -> !e.isQualified())
                .map(Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unqualified).as("unqualified exports of %s", descriptor.name())
                .isEqualTo(apiPackages(module))
                .noneMatch(p -> p.contains(".internal"));
        for (Exports export : descriptor.exports()) {
            if (export.isQualified()) {
                assertThat(export.targets()).as("%s is exported only to the SDK's modules", export.source())
                        .allMatch(target -> target.startsWith("no.blaresept."));
            }
        }
        assertThat(descriptor.opens()).allMatch(open -> open.isQualified() && open.source().contains(".internal"),
                "opens only internal packages, each to named modules");
    }

    @Test
    void testkitIsAnAutomaticModuleWithAStableName() throws IOException {
        // WireMock's standalone jar carries Guava's module descriptor, so no module-info can require it.
        ModuleDescriptor testkit = descriptor(BuiltJars.testkit());
        assertThat(testkit.isAutomatic()).isTrue();
        assertThat(testkit.name()).isEqualTo("no.blaresept.testkit");
    }

    @Test
    void aVendorModuleCompilesAgainstTheApiButNotAgainstAnInternalPackage(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("src");
        Files.createDirectories(source.resolve("vendor/epj"));
        Files.writeString(source.resolve("module-info.java"),
                "module vendor.epj { requires no.blaresept.auth; }");
        Files.writeString(source.resolve("vendor/epj/Bruk.java"), """
                package vendor.epj;
                class Bruk {
                    no.blaresept.sdk.Fodselsnummer fodselsnummer;
                    no.blaresept.auth.HelseIdTokenProvider tokens;
                    no.blaresept.schema.SkjemaModell modell;
                    com.fasterxml.jackson.databind.JsonNode svar;
                }
                """);
        assertThat(compile(source, dir.resolve("ok"))).as("compiling against the API").isEmpty();

        List<String> internals = internalPackages();
        assertThat(internals).contains("no.blaresept.sdk.internal.wire", "no.blaresept.schema.internal",
                "no.blaresept.auth.internal");
        for (String internal : internals) {
            Files.writeString(source.resolve("vendor/epj/Innsiden.java"),
                    "package vendor.epj;\nimport " + internal + ".*;\nclass Innsiden {}\n");
            assertThat(compile(source, dir.resolve("internal")))
                    .as("compiling against %s", internal)
                    .anyMatch(error -> error.contains(internal) && error.contains("is not visible"));
        }
    }

    @Test
    void readmesFirstExampleRunsWithTheSdkOnTheModulePath(@TempDir Path dir) throws Exception {
        assertThat(runOnModulePath(dir, "no.blaresept.examples.Soknadsprosess"))
                .contains("1. Vedtaksspørring: IngenVedtak", "3b. Innsending: Innvilget", "Søknadskvittering");
    }

    @Test
    void theHelseIdExampleGetsADpopTokenWithAuthOnTheModulePath(@TempDir Path dir) throws Exception {
        // Nimbus signs the client assertion and the DPoP proof inside no.blaresept.auth.
        assertThat(runOnModulePath(dir, "no.blaresept.examples.helseid.HelseIdTokenExample", "--mock"))
                .contains("token type:      DPoP").containsPattern("DPoP thumbprint: [A-Za-z0-9_-]{43}");
    }

    /** Runs {@code mainClass} (on the class path) with the SDK's modules on the module path; returns its output. */
    private static String runOnModulePath(Path dir, String mainClass, String... args) throws Exception {
        Path arguments = dir.resolve("java.args");
        List<String> lines = new ArrayList<>(List.of(
                "--module-path", quoted(BuiltJars.joined(BuiltJars.modulePath())),
                "--add-modules", "ALL-MODULE-PATH",
                "-cp", quoted(BuiltJars.joined(BuiltJars.classPath())),
                mainClass));
        lines.addAll(List.of(args));
        Files.write(arguments, lines);
        Path output = dir.resolve("output.txt");
        Process java = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "@" + arguments)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean ended = java.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            java.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(ended).as("%s ended; it printed:%n%s", mainClass, printed).isTrue();
        assertThat(java.exitValue()).as("exit code of %s; it printed:%n%s", mainClass, printed).isZero();
        assertThat(printed).doesNotContain("IllegalAccess", "InaccessibleObject");
        return printed;
    }

    private static ModuleDescriptor descriptor(Path jar) {
        return ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    }

    private static Set<String> apiPackages(String module) throws IOException {
        Set<String> packages = new TreeSet<>();
        Path listing = ApiListingTest.root().resolve(module).resolve("api").resolve(module + ".api");
        for (String line : Files.readAllLines(listing)) {
            Matcher type = API_TYPE.matcher(line);
            if (type.find()) {
                packages.add(type.group(1).substring(0, type.group(1).lastIndexOf('.')));
            }
        }
        assertThat(packages).as("API packages listed for %s", module).isNotEmpty();
        return packages;
    }

    private static List<String> internalPackages() {
        return BuiltJars.NAMED.stream().map(BuiltJars::of).map(ModulePathE2E::descriptor)
                .flatMap(d -> d.packages().stream().filter(p -> p.contains(".internal")))
                .sorted()
                .toList();
    }

    /** Compiles every source under {@code source} as module {@code vendor.epj}; returns the errors. */
    private static List<String> compile(Path source, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
             Stream<Path> sources = Files.walk(source)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(
                    sources.filter(p -> p.toString().endsWith(".java")).toList());
            List<String> options = List.of("--release", "17", "-d", out.toString(),
                    "--module-path", BuiltJars.joined(BuiltJars.modulePath()));
            javac.getTask(null, files, diagnostics, options, null, units).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d.getMessage(null));
            }
        }
        return errors;
    }

    private static String quoted(String path) {
        return "\"" + path.replace("\\", "\\\\") + "\"";
    }
}
