package no.blaresept.testkit.helseid;

import java.util.Objects;
import no.blaresept.auth.ClientKey;

/**
 * A client registered with a {@link MockHelseIdSts}, with the generated test key (EC P-256) it
 * signs its assertions with. The key is a throw-away test key, still {@link #toString()} masks it.
 *
 * <p>Immutable and thread-safe.
 */
public final class MockHelseIdClient {

    private final String clientId;
    private final String privateJwk;

    MockHelseIdClient(String clientId, String privateJwk) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.privateJwk = Objects.requireNonNull(privateJwk, "privateJwk");
    }

    /** The client id. */
    public String clientId() {
        return clientId;
    }

    /** The private key as JWK JSON, as HelseID's self-service portal would hand it out (write it to a file for file-based setups). */
    public String privateJwk() {
        return privateJwk;
    }

    /** The private key loaded for {@code HelseIdConfig.Builder.clientKey}. */
    public ClientKey clientKey() {
        return ClientKey.ofJwk(privateJwk);
    }

    @Override
    public String toString() {
        return "MockHelseIdClient[" + clientId + ", private key masked]";
    }
}
