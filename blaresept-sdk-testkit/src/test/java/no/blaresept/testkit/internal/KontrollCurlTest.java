package no.blaresept.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Ovingsrapport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/testkit-curl.sh} — the send flow with curl and jq, as documented for EPJs not written in
 * Java — runs against the standalone mock (its entry point, in this JVM) and ends in a clean rehearsal
 * report; on shutdown the report is written as files.
 */
class KontrollCurlTest {

    private static final Path SKRIPT = Path.of("../docs/testkit-curl.sh");

    @Test
    void theDocumentedCurlFlowRunsFromLookupToDecidedStatus(@TempDir Path mappe) throws Exception {
        assumeTrue(skriptKanKjore(), "curl and jq are needed to run the documented script");
        BlareseptMockServer mock = Standalone.start(new String[] {"--port", "0"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            kjorSkriptet(mock.baseUrl().toString());
            assertThat(mock.ovingsrapport().krav("F-3.8").orElseThrow().status()).isEqualTo(Ovingsrapport.Status.OPPFYLT);
        } finally {
            Standalone.stopp(mock, mappe, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        }
        sjekkRapportfilene(mappe);
    }

    /** Runs the script against a mock and checks every step's outcome and the clean report. */
    static void kjorSkriptet(String baseUrl) throws Exception {
        Process p = new ProcessBuilder("bash", SKRIPT.toString(), baseUrl).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("script finished").isTrue();
        String ut = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(ut).isZero();
        assertThat(ut).contains("vedtak/sok: INGEN_VEDTAK", "del1: SKJEMA", "del3: SKJEMA", "valider: gyldig=true",
                "send: MANUELL_SAKSBEHANDLING BRS-", "status: UNDER_BEHANDLING", "status: INNVILGET",
                "# Blåresept approval rehearsal report", "Requirements violated: 0");
    }

    /** The report files a stopping standalone mock leaves. */
    static void sjekkRapportfilene(Path mappe) throws Exception {
        assertThat(Files.readString(mappe.resolve("ovingsrapport.md"))).contains("| F-3.1 | valider before send");
        assertThat(Files.readString(mappe.resolve("ovingsrapport.json"))).contains("\"krav\" : \"F-3.8\"");
    }

    static boolean skriptKanKjore() throws Exception {
        return finnes("curl") && finnes("jq");
    }

    private static boolean finnes(String program) throws Exception {
        return new ProcessBuilder("bash", "-c", "command -v " + program).start().waitFor() == 0;
    }
}
