package no.blaresept.examples.helseid;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.OrganisationContext;
import no.blaresept.auth.OrganisationNumber;

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
 * Instead of {@code jwkFile}: {@code pemFile} (unencrypted PKCS#8, needs {@code keyId}) or
 * {@code pkcs12File} with {@code pkcs12Password} and optionally {@code pkcs12Alias}. Optional for
 * every key: {@code keyId} (the {@code kid} HelseID registered) and {@code keyAlgorithm} (e.g.
 * {@code RS256} when HelseID registered the RSA key for it). Optional organisation context:
 * {@code orgnrChild} alone (single-tenant) or {@code orgnrParent} with an optional
 * {@code orgnrChild} (multi-tenant). Relative files are resolved against the configuration file's folder.
 *
 * @param issuer       the STS issuer
 * @param clientId     the client id
 * @param clientKey    the loaded client key
 * @param scopes       the scopes to ask for
 * @param dpop         whether to ask for a DPoP-bound token
 * @param organisation the organisation context, if any
 */
record TokenExampleConfig(URI issuer, String clientId, ClientKey clientKey, Set<String> scopes, boolean dpop,
                          Optional<OrganisationContext> organisation) {

    private static final List<String> KEY_FILES = List.of("jwkFile", "pemFile", "pkcs12File");

    /**
     * @throws IllegalArgumentException for a missing or bad setting, naming it
     * @throws no.blaresept.auth.ClientKeyException when the key cannot be loaded
     */
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
        return new TokenExampleConfig(URI.create(required(p, "issuer", file)), required(p, "clientId", file),
                clientKey(p, file), new LinkedHashSet<>(Arrays.asList(required(p, "scopes", file).split("\\s+"))),
                Boolean.parseBoolean(dpop), organisation(p));
    }

    /**
     * The provider configuration this file describes.
     *
     * @throws no.blaresept.auth.HelseIdConfigException when a value does not make a working configuration
     */
    HelseIdConfig helseIdConfig() {
        HelseIdConfig.Builder builder = HelseIdConfig.builder().issuer(issuer).clientId(clientId).clientKey(clientKey).dpop(dpop);
        organisation.ifPresent(builder::organisation);
        return builder.build();
    }

    private static ClientKey clientKey(Properties p, Path file) {
        List<String> given = KEY_FILES.stream().filter(k -> optional(p, k).isPresent()).toList();
        if (given.isEmpty()) {
            throw new IllegalArgumentException("'jwkFile' is missing (or give 'pemFile' or 'pkcs12File'): " + file);
        }
        if (given.size() > 1) {
            throw new IllegalArgumentException("give one key file, not " + given + ": " + file);
        }
        Path dir = file.toAbsolutePath().getParent();
        Path keyFile = dir.resolve(optional(p, given.get(0)).orElseThrow());
        Optional<String> keyId = optional(p, "keyId");
        ClientKey key = switch (given.get(0)) {
            case "jwkFile" -> ClientKey.ofJwkFile(keyFile);
            case "pemFile" -> ClientKey.ofPemFile(keyFile, keyId.orElseThrow(() ->
                    new IllegalArgumentException("'keyId' is missing; a PEM file has no key id: " + file)));
            default -> pkcs12(p, keyFile, file);
        };
        if (keyId.isPresent()) {
            key = key.withKeyId(keyId.get());
        }
        Optional<String> algorithm = optional(p, "keyAlgorithm");
        return algorithm.isPresent() ? key.withAlgorithm(algorithm.get()) : key;
    }

    private static ClientKey pkcs12(Properties p, Path keyFile, Path file) {
        char[] password = required(p, "pkcs12Password", file).toCharArray();
        Optional<String> alias = optional(p, "pkcs12Alias");
        return alias.isPresent() ? ClientKey.ofPkcs12(keyFile, password, alias.get()) : ClientKey.ofPkcs12(keyFile, password);
    }

    private static Optional<OrganisationContext> organisation(Properties p) {
        Optional<OrganisationNumber> parent = optional(p, "orgnrParent").map(OrganisationNumber::of);
        Optional<OrganisationNumber> child = optional(p, "orgnrChild").map(OrganisationNumber::of);
        if (parent.isPresent()) {
            return Optional.of(child.isPresent() ? OrganisationContext.multiTenant(parent.get(), child.get())
                    : OrganisationContext.multiTenant(parent.get()));
        }
        return child.map(OrganisationContext::singleTenant);
    }

    private static Optional<String> optional(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static String required(Properties p, String key, Path file) {
        return optional(p, key).orElseThrow(() -> new IllegalArgumentException("'" + key + "' is missing: " + file));
    }
}
