package no.blaresept.examples.nykommer;

// region::imports
import java.nio.file.Path;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Environment;
// end::imports

/**
 * The client for HelseID's and Helsedirektoratet's test environment, as {@code docs/getting-started.md}'s
 * last step builds it. Stateless and thread-safe.
 */
public final class Klientoppsett {

    private Klientoppsett() {
    }

    /**
     * A client for the test environment; share it, and close it and the token provider when the EPJ stops.
     *
     * @param clientId  the client id HelseID's self-service gave the EPJ
     * @param nokkelfil the private JWK whose public half was registered with the client
     * @return the client
     */
    public static BlareseptClient testmiljo(String clientId, Path nokkelfil) {
        // region::test-environment
        HelseIdTokenProvider helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
                .issuer("https://helseid-sts.test.nhn.no")           // HelseID's test STS
                .clientId(clientId)                                  // from HelseID's self-service
                .clientKey(ClientKey.ofJwkFile(nokkelfil))         // the private key you registered
                .build());                                           // DPoP on by default
        return BlareseptClient.builder()
                .environment(Environment.TEST)                       // Environment.PROD in production
                .epjSystem("MittEPJ", "1.0")                         // your product and version: the User-Agent
                .authentication(helseId)
                .build();
        // end::test-environment
    }
}
