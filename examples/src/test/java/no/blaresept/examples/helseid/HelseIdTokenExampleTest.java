package no.blaresept.examples.helseid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.blaresept.testkit.helseid.MockHelseIdClient;
import no.blaresept.testkit.helseid.MockHelseIdSts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HelseIdTokenExampleTest {

    static MockHelseIdSts sts;
    static MockHelseIdClient client;
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void start() {
        sts = MockHelseIdSts.start();
        client = sts.registerClient("example-test");
    }

    @AfterAll
    static void stop() {
        sts.close();
    }

    String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    Path config(Path dir, String dpop, String extra) throws Exception {
        Files.writeString(dir.resolve("key.json"), client.privateJwk());
        return Files.writeString(dir.resolve("helseid.properties"), "issuer=" + sts.issuer() + "\nclientId=example-test\n"
                + "jwkFile=key.json\nscopes=hdir:blareseptsoknad/soknad\ndpop=" + dpop + "\n" + extra);
    }

    @Test
    void printsTypeScopesExpiryAndThumbprintButNeverTheToken(@TempDir Path dir) throws Exception {
        int code = HelseIdTokenExample.run(config(dir, "true", ""), out);

        assertThat(code).isZero();
        assertThat(printed()).contains("token type:      DPoP").contains("hdir:blareseptsoknad/soknad")
                .contains("expires:").containsPattern("DPoP thumbprint: [A-Za-z0-9_-]{43}")
                .doesNotContain("eyJ");
    }

    @Test
    void mockModeRunsEndToEnd() {
        assertThat(HelseIdTokenExample.runOnMock(out)).isZero();
        assertThat(printed()).contains("mock STS at http://127.0.0.1:").contains("token type:      DPoP");
    }

    @Test
    void stsRefusalIsExitCodeOneWithTheOAuthError(@TempDir Path dir) throws Exception {
        Path config = config(dir, "false", "");

        assertThat(HelseIdTokenExample.run(config, out)).isEqualTo(1);
        assertThat(printed()).contains("invalid_dpop_proof");
    }

    @ParameterizedTest
    @CsvSource({"issuer", "clientId", "jwkFile", "scopes"})
    void missingSettingIsNamed(String key, @TempDir Path dir) throws Exception {
        Path config = config(dir, "true", "");
        String without = Files.readAllLines(config).stream().filter(l -> !l.startsWith(key + "="))
                .reduce("", (a, b) -> a + b + "\n");
        Files.writeString(config, without);

        assertThat(HelseIdTokenExample.run(config, out)).isEqualTo(2);
        assertThat(printed()).contains("'" + key + "' is missing");
    }

    @Test
    void badDpopValueAndMissingKeyFileAreConfigurationErrors(@TempDir Path dir) throws Exception {
        Path config = config(dir, "yes", "");
        assertThat(HelseIdTokenExample.run(config, out)).isEqualTo(2);

        Files.writeString(config, Files.readString(config).replace("dpop=yes", "dpop=true").replace("key.json", "gone.json"));
        assertThat(HelseIdTokenExample.run(config, out)).isEqualTo(2);
        assertThat(printed()).contains("dpop must be true or false").contains("gone.json");
    }
}
