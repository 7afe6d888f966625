package no.blaresept.examples.helseid;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import no.blaresept.auth.AccessToken;
import no.blaresept.auth.HelseIdException;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.testkit.helseid.MockHelseIdClient;
import no.blaresept.testkit.helseid.MockHelseIdSts;

/**
 * Gets a HelseID token from any issuer with a small configuration file (see
 * {@link TokenExampleConfig}) and prints its type, scopes, expiry and the DPoP key thumbprint —
 * never the token itself. With {@code --mock} it runs against the testkit's mock STS instead.
 *
 * <pre>
 * java -cp examples/target/blaresept-examples.jar no.blaresept.examples.helseid.HelseIdTokenExample helseid.properties
 * java -cp examples/target/blaresept-examples.jar no.blaresept.examples.helseid.HelseIdTokenExample --mock
 * </pre>
 *
 * Exit code 0 on success, 1 when the STS refused, 2 for a bad configuration or key.
 */
public final class HelseIdTokenExample {

    private HelseIdTokenExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the configuration file, or {@code --mock}
     */
    public static void main(String[] args) {
        ExampleRunner.main("HelseIdTokenExample", args, HelseIdTokenExample::runOnMock, HelseIdTokenExample::run);
    }

    /**
     * Gets one token as the configuration file says and prints what is known about it.
     *
     * @param configFile the properties file
     * @param out        where to print
     * @return the exit code
     */
    static int run(Path configFile, PrintStream out) {
        return ExampleRunner.withProvider(configFile, out, (config, provider) -> printToken(config, provider, out));
    }

    private static int printToken(TokenExampleConfig config, HelseIdTokenProvider provider, PrintStream out) {
        try {
            AccessToken token = provider.accessToken(config.scopes());
            out.println("issuer:          " + config.issuer());
            out.println("token type:      " + token.type());
            out.println("scopes:          " + String.join(" ", token.scopes()));
            out.println("expires:         " + token.expiresAt() + " (in "
                    + Duration.between(Instant.now(), token.expiresAt()).toMinutes() + " min)");
            out.println("DPoP thumbprint: " + token.dpopThumbprint().orElse("(not DPoP-bound)"));
            return 0;
        } catch (HelseIdException e) {
            out.println("HelseID refused: " + e.getMessage());
            return 1;
        }
    }

    /** Starts the mock STS, writes a key and configuration for a fresh client, and runs against it. */
    static int runOnMock(PrintStream out) {
        try (MockHelseIdSts sts = MockHelseIdSts.start()) {
            MockHelseIdClient client = sts.registerClient("example-epj");
            Path dir = Files.createTempDirectory("helseid-example");
            Path key = Files.writeString(dir.resolve("example-epj.jwk.json"), client.privateJwk());
            Path config = Files.writeString(dir.resolve("helseid.properties"), String.join("\n",
                    "issuer=" + sts.issuer(), "clientId=" + client.clientId(), "jwkFile=" + key.getFileName(),
                    "scopes=hdir:blareseptsoknad/soknad hdir:blareseptsoknad/vedtakssporring", "dpop=true", ""));
            out.println("mock STS at " + sts.issuer() + ", configuration in " + config);
            int code = run(config, out);
            Files.delete(key);
            Files.delete(config);
            Files.delete(dir);
            return code;
        } catch (IOException e) {
            out.println("temporary files cannot be written: " + e.getMessage());
            return 2;
        }
    }
}
