package no.blaresept.examples.helseid;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.blaresept.auth.interop.InteropRealm;
import no.blaresept.auth.interop.KeycloakExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token example, as a vendor runs it (a configuration file and a JWK key file), against the
 * real Keycloak realm of the auth module's interop tests: private_key_jwt with the registered key,
 * DPoP-bound tokens required, the three Blåresept scopes, access tokens living
 * {@link InteropRealm#ACCESS_TOKEN_SECONDS} seconds.
 */
@ExtendWith(KeycloakExtension.class)
class HelseIdTokenExampleKeycloakIT {

    private static final Pattern EXPIRES = Pattern.compile("expires: +(\\S+) ");
    private static final Pattern SCOPES = Pattern.compile("scopes: +(.*)\\R");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void printsKeycloaksDpopTokenTypeScopesExpiryAndThumbprintButNeverTheToken(InteropRealm realm, @TempDir Path dir)
            throws IOException {
        Instant before = Instant.now();
        int code = HelseIdTokenExample.run(config(dir, realm, realm.clientKey(), true), out);
        Instant after = Instant.now();

        assertThat(code).as(printed()).isZero();
        assertThat(printed())
                .contains("issuer:          " + realm.issuer())
                .contains("token type:      DPoP")
                .containsPattern("DPoP thumbprint: [A-Za-z0-9_-]{43}\\R")
                .doesNotContain("eyJ");
        assertThat(Arrays.asList(printedLine(SCOPES).split(" "))).containsAll(InteropRealm.SCOPES);
        // Keycloak's expires_in for this realm, not a default lifetime: whole seconds, so one may be lost.
        assertThat(Instant.parse(printedLine(EXPIRES))).isBetween(
                before.plusSeconds(InteropRealm.ACCESS_TOKEN_SECONDS - 1L), after.plusSeconds(InteropRealm.ACCESS_TOKEN_SECONDS));
    }

    @Test
    void keyKeycloakDoesNotKnowIsExitCodeOneWithInvalidClient(InteropRealm realm, @TempDir Path dir) throws IOException {
        RSAKey impostor = InteropRealm.generateKey(realm.clientKey().getKeyID());

        assertThat(HelseIdTokenExample.run(config(dir, realm, impostor, true), out)).as(printed()).isEqualTo(1);
        assertThat(printed()).startsWith("HelseID refused: ").contains("HTTP 400, error invalid_client")
                .doesNotContain("eyJ").doesNotContain("token type:");
    }

    @Test
    void withoutDpopKeycloakRefusesTheClientThatMustUseIt(InteropRealm realm, @TempDir Path dir) throws IOException {
        assertThat(HelseIdTokenExample.run(config(dir, realm, realm.clientKey(), false), out)).as(printed()).isEqualTo(1);
        assertThat(printed()).startsWith("HelseID refused: ").contains("error invalid_request")
                .contains("DPoP proof is missing").doesNotContain("eyJ");
    }

    /** Writes the key as the JWK file and the configuration next to it, as a vendor would. */
    private static Path config(Path dir, InteropRealm realm, RSAKey key, boolean dpop) throws IOException {
        Files.writeString(dir.resolve("client.jwk.json"), key.toJSONString());
        return Files.writeString(dir.resolve("keycloak.properties"), String.join("\n",
                "issuer=" + realm.issuer(),
                "clientId=" + realm.clientId(),
                "jwkFile=client.jwk.json",
                "scopes=" + String.join(" ", InteropRealm.SCOPES),
                "dpop=" + dpop, ""));
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String printedLine(Pattern pattern) {
        Matcher m = pattern.matcher(printed());
        assertThat(m.find()).as("%s in:%n%s", pattern, printed()).isTrue();
        return m.group(1);
    }
}
