package no.blaresept.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.auth.internal.KeyLoading;
import no.blaresept.auth.internal.LoadedKey;

/**
 * The private key a HelseID client signs its client assertions with ({@code private_key_jwt}),
 * with the key id ({@code kid}) HelseID knows it by and the signing algorithm (RS256, PS256 for
 * RSA; ES256, ES384, ES512 for EC). Load it from the JWK HelseID's self-service portal hands out,
 * from a PEM (unencrypted PKCS#8) file, or from a PKCS#12 store. Serves T-2.3.
 *
 * <p>Every loading problem is a {@link ClientKeyException} that names the source and what is
 * wrong. {@link #toString()} never shows key material.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientKey {

    private final LoadedKey key;
    private final String keyId;
    private final JWSAlgorithm algorithm;

    private ClientKey(LoadedKey key, String keyId, JWSAlgorithm algorithm) {
        this.key = key;
        this.keyId = keyId;
        this.algorithm = algorithm;
    }

    /**
     * Loads a private RSA or EC JWK (JSON). Its {@code kid} is required, its {@code alg} honoured
     * (RSA without {@code alg} signs with PS256).
     *
     * @param json the JWK JSON
     * @return the key
     * @throws ClientKeyException when the JSON is not a private RSA/EC JWK with a {@code kid}
     */
    public static ClientKey ofJwk(String json) {
        Objects.requireNonNull(json, "json");
        return fromLoadedJwk(KeyLoading.fromJwk(json, "JWK"), "JWK");
    }

    /**
     * Loads a private JWK from a file.
     *
     * @param path the JSON file
     * @return the key
     * @throws ClientKeyException when the file cannot be read or holds no usable private JWK
     */
    public static ClientKey ofJwkFile(Path path) {
        Objects.requireNonNull(path, "path");
        String source = "JWK file " + path.getFileName();
        return fromLoadedJwk(KeyLoading.fromJwk(KeyLoading.readFile(path), source), source);
    }

    private static ClientKey fromLoadedJwk(LoadedKey loaded, String source) {
        String kid = loaded.keyId().orElseThrow(() ->
                new ClientKeyException("JWK has no 'kid'; HelseID identifies the client key by it: " + source));
        return new ClientKey(loaded, kid, loaded.algorithm());
    }

    /**
     * Loads an unencrypted PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}). PEM has no
     * key id, so name the {@code kid} registered with HelseID.
     *
     * @param pem   the PEM text
     * @param keyId the key id registered for this key
     * @return the key
     * @throws ClientKeyException when the PEM holds no unencrypted RSA/EC PKCS#8 private key
     */
    public static ClientKey ofPem(String pem, String keyId) {
        Objects.requireNonNull(pem, "pem");
        LoadedKey loaded = KeyLoading.fromPem(pem, "PEM");
        return new ClientKey(loaded, requireKeyId(keyId), loaded.algorithm());
    }

    /**
     * Loads an unencrypted PKCS#8 PEM private key from a file.
     *
     * @param path  the PEM file
     * @param keyId the key id registered for this key
     * @return the key
     * @throws ClientKeyException when the file cannot be read or holds no usable key
     */
    public static ClientKey ofPemFile(Path path, String keyId) {
        Objects.requireNonNull(path, "path");
        LoadedKey loaded = KeyLoading.fromPem(KeyLoading.readFile(path), "PEM file " + path.getFileName());
        return new ClientKey(loaded, requireKeyId(keyId), loaded.algorithm());
    }

    /**
     * Loads the only private key entry of a PKCS#12 store. The key id defaults to the RFC 7638
     * thumbprint of the entry's certificate key; override it with {@link #withKeyId(String)}.
     *
     * @param path     the {@code .p12}/{@code .pfx} file
     * @param password the store and key password
     * @return the key
     * @throws ClientKeyException when the store cannot be opened or has not exactly one key entry
     */
    public static ClientKey ofPkcs12(Path path, char[] password) {
        return loadPkcs12(path, password, Optional.empty());
    }

    /**
     * Loads the private key entry {@code alias} of a PKCS#12 store.
     *
     * @param path     the {@code .p12}/{@code .pfx} file
     * @param password the store and key password
     * @param alias    the entry to use
     * @return the key
     * @throws ClientKeyException when the store cannot be opened or the entry holds no private key
     */
    public static ClientKey ofPkcs12(Path path, char[] password, String alias) {
        return loadPkcs12(path, password, Optional.of(Objects.requireNonNull(alias, "alias")));
    }

    private static ClientKey loadPkcs12(Path path, char[] password, Optional<String> alias) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(password, "password");
        String source = "PKCS#12 file " + path.getFileName();
        LoadedKey loaded;
        try (InputStream in = Files.newInputStream(path)) {
            loaded = KeyLoading.fromPkcs12(in, password, alias, source);
        } catch (IOException e) {
            throw KeyLoading.unreadable(path, e);
        }
        String kid = loaded.publicJwk().map(ClientKey::thumbprintOf).orElseThrow(() ->
                new ClientKeyException("PKCS#12 entry has no certificate to derive a key id from: " + source));
        return new ClientKey(loaded, kid, loaded.algorithm());
    }

    /**
     * The same key under another key id.
     *
     * @param keyId the {@code kid} registered with HelseID
     * @return a copy with that key id
     */
    public ClientKey withKeyId(String keyId) {
        return new ClientKey(key, requireKeyId(keyId), algorithm);
    }

    /**
     * The same key signing with another algorithm of its family, e.g. {@code RS256} instead of
     * {@code PS256} for an RSA key.
     *
     * @param algorithm a JWS algorithm name
     * @return a copy with that algorithm
     * @throws ClientKeyException when the algorithm does not fit the key type
     */
    public ClientKey withAlgorithm(String algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        JWSAlgorithm alg = JWSAlgorithm.parse(algorithm);
        JWSAlgorithm implied = KeyLoading.algorithmFor(key.privateKey(), "client key");
        if (JWSAlgorithm.Family.RSA.contains(implied)) {
            KeyLoading.requireRsaAlgorithm(alg, "client key");
        } else if (!alg.equals(implied)) {
            throw new ClientKeyException("algorithm " + alg + " does not fit this EC key, use " + implied);
        }
        return new ClientKey(key, keyId, alg);
    }

    /** The key id ({@code kid}) put in every client assertion's header. */
    public String keyId() {
        return keyId;
    }

    /** The JWS algorithm name, e.g. {@code PS256} or {@code ES256}. */
    public String algorithm() {
        return algorithm.getName();
    }

    /** The RFC 7638 SHA-256 thumbprint of the public key, when the source carried the public key. */
    public Optional<String> thumbprint() {
        return key.publicJwk().map(ClientKey::thumbprintOf);
    }

    JWSAlgorithm jwsAlgorithm() {
        return algorithm;
    }

    JWSSigner signer() {
        try {
            if (key.privateKey() instanceof ECPrivateKey ec) {
                return new ECDSASigner(ec);
            }
            return new RSASSASigner(key.privateKey());
        } catch (JOSEException e) {
            throw new ClientKeyException("client key cannot sign: " + keyId, e);
        }
    }

    private static String thumbprintOf(JWK jwk) {
        try {
            return jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new ClientKeyException("key thumbprint cannot be computed", e);
        }
    }

    private static String requireKeyId(String keyId) {
        Objects.requireNonNull(keyId, "keyId");
        if (keyId.isBlank()) {
            throw new ClientKeyException("key id must not be blank");
        }
        return keyId;
    }

    /** Names the key id and algorithm only; key material is never shown. */
    @Override
    public String toString() {
        return "ClientKey[kid=" + keyId + ", alg=" + algorithm + ", private key masked]";
    }
}
