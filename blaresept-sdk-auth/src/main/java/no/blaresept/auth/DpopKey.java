package no.blaresept.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.Objects;
import no.blaresept.auth.internal.KeyLoading;
import no.blaresept.auth.internal.LoadedKey;

/**
 * The key pair that DPoP proofs (RFC 9449) are signed with; tokens are bound to its thumbprint
 * ({@code cnf.jkt}). Generate a fresh P-256 key per client ({@link #generate()}) or supply a stored
 * private JWK ({@link #ofJwk(String)}) so tokens survive a restart. Serves A-2.
 *
 * <p>{@link #toString()} shows the thumbprint only. Immutable and thread-safe.
 */
public final class DpopKey {

    private final JWK jwk;
    private final JWSAlgorithm algorithm;
    private final String thumbprint;

    private DpopKey(JWK jwk, JWSAlgorithm algorithm) {
        this.jwk = jwk;
        this.algorithm = algorithm;
        try {
            this.thumbprint = jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new ClientKeyException("DPoP key thumbprint cannot be computed", e);
        }
    }

    /** A fresh EC P-256 key pair, signing with ES256. */
    public static DpopKey generate() {
        try {
            return new DpopKey(new ECKeyGenerator(Curve.P_256).generate(), JWSAlgorithm.ES256);
        } catch (JOSEException e) {
            throw new ClientKeyException("DPoP key cannot be generated", e);
        }
    }

    /**
     * A DPoP key from a private RSA or EC JWK that includes its public half.
     *
     * @param json the private JWK JSON
     * @return the key
     * @throws ClientKeyException when the JSON is not a private RSA/EC JWK
     */
    public static DpopKey ofJwk(String json) {
        Objects.requireNonNull(json, "json");
        LoadedKey loaded = KeyLoading.fromJwk(json, "DPoP JWK");
        try {
            return new DpopKey(JWK.parse(json), loaded.algorithm());
        } catch (java.text.ParseException e) {
            throw new ClientKeyException("DPoP JWK is not valid JSON Web Key JSON", e);
        }
    }

    /** The RFC 7638 SHA-256 thumbprint of the public key: the {@code jkt} tokens are bound to. */
    public String thumbprint() {
        return thumbprint;
    }

    /** The JWS algorithm proofs are signed with, e.g. {@code ES256}. */
    public String algorithm() {
        return algorithm.getName();
    }

    JWK jwk() {
        return jwk;
    }

    JWSAlgorithm jwsAlgorithm() {
        return algorithm;
    }

    /** Shows the thumbprint only; the private key is never shown. */
    @Override
    public String toString() {
        return "DpopKey[jkt=" + thumbprint + ", alg=" + algorithm + ", private key masked]";
    }
}
