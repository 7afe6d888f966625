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

    /** Writes a PKCS#8 PEM of a fresh key and registers its public half with the mock STS under {@code kid}. */
    static String pemClient(Path dir, com.nimbusds.jose.jwk.JWK key, String clientId) throws Exception {
        java.security.PrivateKey priv = key instanceof com.nimbusds.jose.jwk.RSAKey rsa ? rsa.toPrivateKey() : key.toECKey().toPrivateKey();
        Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(priv.getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        sts.registerClient(clientId, key.toPublicJWK().toJSONString(), MockHelseIdSts.DEFAULT_SCOPES, true);
        return clientId;
    }

    Path pemConfig(Path dir, String clientId, String extra) throws Exception {
        return Files.writeString(dir.resolve("helseid.properties"), "issuer=" + sts.issuer() + "\nclientId=" + clientId
                + "\npemFile=key.pem\nscopes=hdir:blareseptsoknad/soknad\n" + extra);
    }

    @Test
    void pemKeyWithKeyIdAndAlgorithmIsUsed(@TempDir Path dir) throws Exception {
        var rsa = new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("pem-rsa-kid").generate();
        String clientId = pemClient(dir, rsa, "pem-rsa-client");

        int code = HelseIdTokenExample.run(pemConfig(dir, clientId, "keyId=pem-rsa-kid\nkeyAlgorithm=RS256\n"), out);

        assertThat(code).as(printed()).isZero();
        assertThat(printed()).contains("token type:      DPoP");
    }

    @Test
    void pemKeyWithoutKeyIdOrWithAnAlgorithmOfAnotherFamilyIsAConfigurationError(@TempDir Path dir) throws Exception {
        var ec = new com.nimbusds.jose.jwk.gen.ECKeyGenerator(com.nimbusds.jose.jwk.Curve.P_256).keyID("pem-ec-kid").generate();
        String clientId = pemClient(dir, ec, "pem-ec-client");

        assertThat(HelseIdTokenExample.run(pemConfig(dir, clientId, ""), out)).isEqualTo(2);
        assertThat(HelseIdTokenExample.run(pemConfig(dir, clientId, "keyId=pem-ec-kid\nkeyAlgorithm=RS256\n"), out)).isEqualTo(2);
        assertThat(printed()).contains("'keyId' is missing").contains("RS256");
    }

    @Test
    void pkcs12KeyIsUsedWithItsCertificateThumbprintAsKeyId(@TempDir Path dir) throws Exception {
        // auth's throw-away test store (its test-jar), registered with the mock under the key id the SDK derives.
        try (var in = HelseIdTokenExampleTest.class.getResourceAsStream("/keys/ec-client.p12")) {
            Files.copy(in, dir.resolve("client.p12"));
        }
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(dir.resolve("client.p12"))) {
            store.load(in, "test-pass".toCharArray());
        }
        var certificate = (java.security.cert.X509Certificate) store.getCertificate(store.aliases().nextElement());
        var ecPublic = (java.security.interfaces.ECPublicKey) certificate.getPublicKey();
        var publicKey = new com.nimbusds.jose.jwk.ECKey.Builder(
                com.nimbusds.jose.jwk.Curve.forECParameterSpec(ecPublic.getParams()), ecPublic).build();
        String kid = publicKey.computeThumbprint().toString();
        sts.registerClient("p12-client", new com.nimbusds.jose.jwk.ECKey.Builder(publicKey).keyID(kid).build().toJSONString(),
                MockHelseIdSts.DEFAULT_SCOPES, true);
        Path config = Files.writeString(dir.resolve("helseid.properties"), "issuer=" + sts.issuer() + "\nclientId=p12-client\n"
                + "pkcs12File=client.p12\npkcs12Password=test-pass\nscopes=hdir:blareseptsoknad/soknad\n");

        assertThat(HelseIdTokenExample.run(config, out)).as(printed()).isZero();
        assertThat(printed()).contains("token type:      DPoP");
    }

    @Test
    void organisationContextReachesTheToken(@TempDir Path dir) throws Exception {
        Path config = config(dir, "true", "orgnrParent=999977775\norgnrChild=999944446\n");

        assertThat(HelseIdTokenExample.run(config, out)).as(printed()).isZero();

        Files.writeString(config, Files.readString(config).replace("orgnrChild=999944446", "orgnrChild=12345"));
        assertThat(HelseIdTokenExample.run(config, out)).isEqualTo(2);
        assertThat(printed()).contains("9 digits");
    }

    @Test
    void twoKeyFilesAreAConfigurationError(@TempDir Path dir) throws Exception {
        Path config = config(dir, "true", "pemFile=key.pem\n");

        assertThat(HelseIdTokenExample.run(config, out)).isEqualTo(2);
        assertThat(printed()).contains("give one key file");
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
