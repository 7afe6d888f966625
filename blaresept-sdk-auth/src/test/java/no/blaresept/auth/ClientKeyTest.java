package no.blaresept.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientKeyTest {

    static Path key(String name) {
        try {
            return Path.of(ClientKeyTest.class.getResource("/keys/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void ecJwkKeepsItsKidAndSignsWithEs256() throws Exception {
        ECKey jwk = new ECKeyGenerator(Curve.P_256).keyID("kid-ec").generate();

        ClientKey key = ClientKey.ofJwk(jwk.toJSONString());

        assertThat(key.keyId()).isEqualTo("kid-ec");
        assertThat(key.algorithm()).isEqualTo("ES256");
        assertThat(key.thumbprint()).contains(jwk.computeThumbprint().toString());
    }

    @Test
    void rsaJwkHonoursItsAlgAndDefaultsToPs256() throws Exception {
        RSAKey withAlg = new RSAKeyGenerator(2048).keyID("kid-rs").algorithm(com.nimbusds.jose.JWSAlgorithm.RS256).generate();
        RSAKey withoutAlg = new RSAKeyGenerator(2048).keyID("kid-ps").generate();

        assertThat(ClientKey.ofJwk(withAlg.toJSONString()).algorithm()).isEqualTo("RS256");
        assertThat(ClientKey.ofJwk(withoutAlg.toJSONString()).algorithm()).isEqualTo("PS256");
    }

    @Test
    void jwkFileLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("helseid-key.json");
        Files.writeString(file, new ECKeyGenerator(Curve.P_384).keyID("k").generate().toJSONString());

        assertThat(ClientKey.ofJwkFile(file).algorithm()).isEqualTo("ES384");
    }

    @Test
    void publicOnlyJwkIsRefused() throws Exception {
        String json = new ECKeyGenerator(Curve.P_256).keyID("k").generate().toPublicJWK().toJSONString();

        assertThatThrownBy(() -> ClientKey.ofJwk(json))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("only a public key");
    }

    @Test
    void symmetricJwkIsRefused() throws Exception {
        String json = new OctetSequenceKeyGenerator(256).keyID("k").generate().toJSONString();

        assertThatThrownBy(() -> ClientKey.ofJwk(json))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("not supported");
    }

    @Test
    void jwkWithoutKidIsRefused() throws Exception {
        String json = new ECKeyGenerator(Curve.P_256).generate().toJSONString();

        assertThatThrownBy(() -> ClientKey.ofJwk(json))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("no 'kid'");
    }

    @Test
    void malformedJwkIsRefused() {
        assertThatThrownBy(() -> ClientKey.ofJwk("{\"kty\":"))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("not valid");
    }

    @Test
    void missingFileIsRefusedNamingIt(@TempDir Path dir) {
        assertThatThrownBy(() -> ClientKey.ofJwkFile(dir.resolve("nowhere.json")))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("nowhere.json");
    }

    @ParameterizedTest
    @CsvSource({"rsa-pkcs8.pem, PS256", "ec-pkcs8.pem, ES256"})
    void pkcs8PemLoadsWithTheGivenKid(String file, String alg) {
        ClientKey key = ClientKey.ofPemFile(key(file), "registered-kid");

        assertThat(key.keyId()).isEqualTo("registered-kid");
        assertThat(key.algorithm()).isEqualTo(alg);
    }

    @ParameterizedTest
    @CsvSource({
            "ec-encrypted.pem, encrypted",
            "ec-traditional.pem, traditional OpenSSL format",
            "ec-public.pem, no private key",
            "ed25519.pem, neither an RSA nor an EC",
            "README.md, no BEGIN/END block"})
    void unusablePemIsRefusedWithTheReason(String file, String reason) {
        assertThatThrownBy(() -> ClientKey.ofPemFile(key(file), "kid"))
                .isInstanceOf(ClientKeyException.class)
                .hasMessageContaining(reason)
                .hasMessageContaining(file);
    }

    @Test
    void unsupportedCurveIsRefused() {
        assertThatThrownBy(() -> ClientKey.ofPemFile(key("secp256k1.pem"), "kid"))
                .isInstanceOf(ClientKeyException.class);
    }

    @ParameterizedTest
    @CsvSource({"ec-client.p12, ES256", "rsa-client.p12, PS256"})
    void pkcs12LoadsTheOnlyKeyWithThumbprintKid(String file, String alg) {
        ClientKey key = ClientKey.ofPkcs12(key(file), "test-pass".toCharArray());

        assertThat(key.algorithm()).isEqualTo(alg);
        assertThat(key.thumbprint()).contains(key.keyId());
    }

    @Test
    void pkcs12WithWrongPasswordIsRefused() {
        assertThatThrownBy(() -> ClientKey.ofPkcs12(key("ec-client.p12"), "wrong".toCharArray()))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("wrong password");
    }

    @Test
    void pkcs12WithTwoKeysNeedsAnAlias() {
        assertThatThrownBy(() -> ClientKey.ofPkcs12(key("two-keys.p12"), "test-pass".toCharArray()))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("2 private key entries");

        assertThat(ClientKey.ofPkcs12(key("two-keys.p12"), "test-pass".toCharArray(), "two").algorithm())
                .isEqualTo("ES256");
    }

    @Test
    void pkcs12WithUnknownAliasIsRefused() {
        assertThatThrownBy(() -> ClientKey.ofPkcs12(key("two-keys.p12"), "test-pass".toCharArray(), "three"))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("three");
    }

    @Test
    void pemFileIsNotAPkcs12Store() {
        assertThatThrownBy(() -> ClientKey.ofPkcs12(key("ec-pkcs8.pem"), "x".toCharArray()))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("ec-pkcs8.pem");
    }

    @Test
    void algorithmCanMoveWithinTheKeyFamilyOnly() {
        ClientKey rsa = ClientKey.ofPemFile(key("rsa-pkcs8.pem"), "kid");
        ClientKey ec = ClientKey.ofPemFile(key("ec-pkcs8.pem"), "kid");

        assertThat(rsa.withAlgorithm("RS256").algorithm()).isEqualTo("RS256");
        assertThatThrownBy(() -> rsa.withAlgorithm("ES256")).isInstanceOf(ClientKeyException.class);
        assertThatThrownBy(() -> ec.withAlgorithm("ES384")).isInstanceOf(ClientKeyException.class);
    }

    @Test
    void toStringNeverShowsKeyMaterial() throws Exception {
        ECKey jwk = new ECKeyGenerator(Curve.P_256).keyID("kid-ec").generate();

        String shown = ClientKey.ofJwk(jwk.toJSONString()).toString();

        assertThat(shown).contains("kid-ec").contains("masked")
                .doesNotContain(jwk.getD().toString()).doesNotContain(jwk.getX().toString());
    }

    @Test
    void blankKidIsRefused() {
        assertThatThrownBy(() -> ClientKey.ofPemFile(key("ec-pkcs8.pem"), " "))
                .isInstanceOf(ClientKeyException.class).hasMessageContaining("blank");
    }
}
