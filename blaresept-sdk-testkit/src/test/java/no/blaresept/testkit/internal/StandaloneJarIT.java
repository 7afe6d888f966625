package no.blaresept.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built standalone jar ({@code java -jar …-standalone.jar}), as a vendor starts it: the documented
 * curl script runs against it, and when it is stopped (SIGTERM, as Ctrl-C) it leaves the rehearsal
 * report files. Run by failsafe after {@code package} ({@code mvn verify}).
 */
class StandaloneJarIT {

    private static final Pattern URL = Pattern.compile("kjører på (http://\\S+)");

    @Test
    void theJarServesTheCurlFlowAndWritesTheReportWhenStopped(@TempDir Path mappe) throws Exception {
        assumeTrue(KontrollCurlTest.skriptKanKjore(), "curl and jq are needed to run the documented script");
        String jarProperty = System.getProperty("standalone.jar");
        assumeTrue(jarProperty != null, "failsafe names the built jar after package; not a surefire test");
        Path jar = Path.of(jarProperty);
        assertThat(jar).as("the standalone jar is built before integration tests").exists();
        Process mock = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", "0", "--rapport", mappe.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader ut = new BufferedReader(new InputStreamReader(mock.getInputStream(), StandardCharsets.UTF_8));
            String baseUrl = null;
            for (String linje = ut.readLine(); linje != null && baseUrl == null; linje = ut.readLine()) {
                Matcher m = URL.matcher(linje);
                baseUrl = m.find() ? m.group(1) : null;
            }
            assertThat(baseUrl).as("the jar prints its URL").isNotNull();
            KontrollCurlTest.kjorSkriptet(baseUrl);
        } finally {
            mock.destroy();
            assertThat(mock.waitFor(30, TimeUnit.SECONDS)).as("the jar stops on SIGTERM").isTrue();
        }
        KontrollCurlTest.sjekkRapportfilene(mappe);
        try (var filer = Files.list(mappe)) {
            assertThat(filer).hasSize(2);
        }
    }
}
