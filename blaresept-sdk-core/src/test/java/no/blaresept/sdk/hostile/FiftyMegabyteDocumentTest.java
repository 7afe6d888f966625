package no.blaresept.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB decision letter streams into a file in a JVM whose heap (24 MB) could not hold it, arriving
 * whole with the right SHA-256; the control, the same letter fetched into memory in the same heap, runs
 * out of memory, so the heap limit is what this test says it is.
 */
class FiftyMegabyteDocumentTest {

    private static final String HEAP = "-Xmx24m";

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // catches a hang, not a speed limit
    void aFiftyMegabyteLetterStreamsIntoAFileInAHeapSmallerThanIt(@TempDir Path dir) throws Exception {
        Run run = fork(dir, "fil", dir.toString());

        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("whole=true");
        assertThat(dir.resolve("vedtak.pdf")).hasSize(FiftyMegabyteDocument.FIFTY_MB);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> !p.getFileName().toString().equals("out.txt"))).hasSize(1);
        }
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theSameLetterIntoMemoryDoesNotFitThatHeap(@TempDir Path dir) throws Exception {
        Run run = fork(dir, "minne");

        assertThat(run.exit).as(run.output).isEqualTo(3); // -XX:+ExitOnOutOfMemoryError
        assertThat(run.output).contains("OutOfMemoryError");
    }

    private record Run(int exit, String output) {
    }

    private static Run fork(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                FiftyMegabyteDocument.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(100, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(-1, "hung: " + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
