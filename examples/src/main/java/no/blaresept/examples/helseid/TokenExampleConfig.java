package no.blaresept.examples.helseid;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The token example's configuration file (Java properties):
 *
 * <pre>
 * issuer=https://helseid-sts.test.nhn.no
 * clientId=my-epj-client
 * jwkFile=/secure/helseid-private-key.json
 * scopes=hdir:blareseptsoknad/regel hdir:blareseptsoknad/soknad
 * dpop=true
 * </pre>
 *
 * A relative {@code jwkFile} is resolved against the configuration file's folder.
 *
 * @param issuer   the STS issuer
 * @param clientId the client id
 * @param jwkFile  the private key as JWK JSON
 * @param scopes   the scopes to ask for
 * @param dpop     whether to ask for a DPoP-bound token
 */
record TokenExampleConfig(URI issuer, String clientId, Path jwkFile, Set<String> scopes, boolean dpop) {

    static TokenExampleConfig load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("configuration file cannot be read: " + file, e);
        }
        String dpop = p.getProperty("dpop", "true").trim();
        if (!dpop.equals("true") && !dpop.equals("false")) {
            throw new IllegalArgumentException("dpop must be true or false, was '" + dpop + "': " + file);
        }
        Path dir = file.toAbsolutePath().getParent();
        return new TokenExampleConfig(URI.create(required(p, "issuer", file)), required(p, "clientId", file),
                dir.resolve(required(p, "jwkFile", file)),
                new LinkedHashSet<>(Arrays.asList(required(p, "scopes", file).split("\\s+"))), Boolean.parseBoolean(dpop));
    }

    private static String required(Properties p, String key, Path file) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("'" + key + "' is missing: " + file);
        }
        return v.trim();
    }
}
