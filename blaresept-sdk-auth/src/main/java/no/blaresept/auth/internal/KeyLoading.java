package no.blaresept.auth.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.blaresept.auth.ClientKeyException;

/**
 * Reads private keys from JWK (via Nimbus), PEM PKCS#8 and PKCS#12 (via the JDK's key factories
 * and key store) and decides the signing algorithm. Every failure is a {@link ClientKeyException}
 * naming the source, never the key.
 *
 * <p>Stateless and thread-safe.
 */
public final class KeyLoading {

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

    private KeyLoading() {
    }

    /** Reads a whole key file, naming it on failure. */
    public static String readFile(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException | RuntimeException e) {
            throw unreadable(path, e);
        }
    }

    /** The I/O error is named, not kept as cause: its message holds the whole path, which may name a person. */
    public static ClientKeyException unreadable(Path path, Exception e) {
        return new ClientKeyException("key file cannot be read (" + e.getClass().getSimpleName() + "): " + path.getFileName());
    }

    /** Parses a private RSA or EC JWK; {@code source} names it in errors. */
    public static LoadedKey fromJwk(String json, String source) {
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException e) {
            throw new ClientKeyException("JWK is not valid JSON Web Key JSON: " + source, e);
        }
        if (!jwk.isPrivate()) {
            throw new ClientKeyException("JWK holds only a public key, a private key is needed: " + source);
        }
        try {
            if (jwk instanceof RSAKey rsa) {
                JWSAlgorithm alg = jwk.getAlgorithm() == null ? JWSAlgorithm.PS256 : JWSAlgorithm.parse(jwk.getAlgorithm().getName());
                return new LoadedKey(rsa.toPrivateKey(), Optional.of(rsa.toPublicJWK()), Optional.ofNullable(jwk.getKeyID()),
                        requireRsaAlgorithm(alg, source));
            }
            if (jwk instanceof ECKey ec) {
                return new LoadedKey(ec.toPrivateKey(), Optional.of(ec.toPublicJWK()), Optional.ofNullable(jwk.getKeyID()),
                        algorithmFor(ec.getCurve(), source));
            }
        } catch (JOSEException e) {
            throw new ClientKeyException("JWK key material is invalid: " + source, e);
        }
        throw new ClientKeyException("JWK key type " + jwk.getKeyType() + " is not supported, use RSA or EC: " + source);
    }

    /** Parses the first private key block of a PEM text (unencrypted PKCS#8). */
    public static LoadedKey fromPem(String pem, String source) {
        List<String> types = new java.util.ArrayList<>();
        Matcher m = PEM_BLOCK.matcher(pem);
        while (m.find()) {
            String type = m.group(1);
            types.add(type);
            if (type.equals("PRIVATE KEY")) {
                return fromPkcs8(decode(m.group(2), source), source);
            }
        }
        if (types.contains("ENCRYPTED PRIVATE KEY")) {
            throw new ClientKeyException("PEM private key is encrypted; decrypt it to unencrypted PKCS#8 "
                    + "(openssl pkcs8 -topk8 -nocrypt) or use a PKCS#12 file with its password: " + source);
        }
        if (types.contains("RSA PRIVATE KEY") || types.contains("EC PRIVATE KEY")) {
            throw new ClientKeyException("PEM key is in the traditional OpenSSL format; convert it to PKCS#8 "
                    + "(openssl pkcs8 -topk8 -nocrypt): " + source);
        }
        if (types.isEmpty()) {
            throw new ClientKeyException("PEM text has no BEGIN/END block: " + source);
        }
        throw new ClientKeyException("PEM holds no private key, only " + types + ": " + source);
    }

    /** Reads the private key entry {@code alias} (or the only one) of a PKCS#12 store. */
    public static LoadedKey fromPkcs12(InputStream in, char[] password, Optional<String> alias, String source) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (IOException e) {
            throw new ClientKeyException("PKCS#12 store cannot be opened (wrong password or not a PKCS#12 file): "
                    + source, e);
        } catch (GeneralSecurityException e) {
            throw new ClientKeyException("PKCS#12 store cannot be read: " + source, e);
        }
        try {
            String name = alias.isPresent() ? alias.get() : onlyKeyAlias(store, source);
            Key key = store.getKey(name, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new ClientKeyException("PKCS#12 entry '" + name + "' holds no private key: " + source);
            }
            Optional<JWK> publicJwk = Optional.empty();
            if (store.getCertificate(name) instanceof X509Certificate cert) {
                publicJwk = Optional.of(publicJwk(cert.getPublicKey(), source));
            }
            return new LoadedKey(privateKey, publicJwk, Optional.empty(), algorithmFor(privateKey, source));
        } catch (GeneralSecurityException e) {
            throw new ClientKeyException("PKCS#12 key entry cannot be read: " + source, e);
        }
    }

    private static JWK publicJwk(PublicKey key, String source) {
        if (key instanceof RSAPublicKey rsa) {
            return new RSAKey.Builder(rsa).build();
        }
        if (key instanceof ECPublicKey ec) {
            return new ECKey.Builder(Curve.forECParameterSpec(ec.getParams()), ec).build();
        }
        throw new ClientKeyException("certificate key type " + key.getAlgorithm() + " is not supported: " + source);
    }

    private static String onlyKeyAlias(KeyStore store, String source) throws GeneralSecurityException {
        List<String> keyAliases = new java.util.ArrayList<>();
        for (String a : Collections.list(store.aliases())) {
            if (store.isKeyEntry(a)) {
                keyAliases.add(a);
            }
        }
        if (keyAliases.size() != 1) {
            throw new ClientKeyException("PKCS#12 store has " + keyAliases.size()
                    + " private key entries; name the alias to use: " + source);
        }
        return keyAliases.get(0);
    }

    private static byte[] decode(String base64, String source) {
        try {
            return Base64.getMimeDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new ClientKeyException("PEM block is not valid base64: " + source, e);
        }
    }

    private static LoadedKey fromPkcs8(byte[] der, String source) {
        for (String type : List.of("RSA", "EC")) {
            try {
                PrivateKey key = KeyFactory.getInstance(type).generatePrivate(new PKCS8EncodedKeySpec(der));
                return new LoadedKey(key, Optional.empty(), Optional.empty(), algorithmFor(key, source));
            } catch (GeneralSecurityException e) {
                // not this key type; try the next
            }
        }
        throw new ClientKeyException("PEM private key is neither an RSA nor an EC PKCS#8 key: " + source);
    }

    /** The algorithm a JDK private key implies: PS256 for RSA, ES256/384/512 by curve for EC. */
    public static JWSAlgorithm algorithmFor(PrivateKey key, String source) {
        if (key instanceof RSAPrivateKey) {
            return JWSAlgorithm.PS256;
        }
        if (key instanceof ECPrivateKey ec) {
            return algorithmFor(Curve.forECParameterSpec(ec.getParams()), source);
        }
        throw new ClientKeyException("key type " + key.getAlgorithm() + " is not supported, use RSA or EC: " + source);
    }

    private static JWSAlgorithm algorithmFor(Curve curve, String source) {
        if (Curve.P_256.equals(curve)) {
            return JWSAlgorithm.ES256;
        }
        if (Curve.P_384.equals(curve)) {
            return JWSAlgorithm.ES384;
        }
        if (Curve.P_521.equals(curve)) {
            return JWSAlgorithm.ES512;
        }
        throw new ClientKeyException("EC curve " + curve + " is not supported, use P-256, P-384 or P-521: " + source);
    }

    /** Checks that an algorithm suits an RSA key. */
    public static JWSAlgorithm requireRsaAlgorithm(JWSAlgorithm alg, String source) {
        if (!JWSAlgorithm.Family.RSA.contains(alg)) {
            throw new ClientKeyException("algorithm " + alg + " does not fit an RSA key: " + source);
        }
        return alg;
    }
}
