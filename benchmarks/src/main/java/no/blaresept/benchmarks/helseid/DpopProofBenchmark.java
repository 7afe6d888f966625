package no.blaresept.benchmarks.helseid;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.testkit.helseid.MockHelseIdClient;
import no.blaresept.testkit.helseid.MockHelseIdSts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of authenticating one API request: the SDK's {@code authorize} (cached DPoP-bound token
 * plus a fresh ES256 proof with {@code htu}, {@code ath}, {@code jti}, {@code iat}) against raw
 * Nimbus signing of the same proof with a prepared header and signer, as a careful vendor would
 * write it by hand. Goal (issue 4): ratio ≤ 1.2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DpopProofBenchmark {

    private static final URI URI_WITH_QUERY = URI.create("http://127.0.0.1:8080/soknad/send?ref=42");
    private static final ApiRequest REQUEST = new ApiRequest("POST", URI_WITH_QUERY, BlareseptScope.SOKNAD);

    private MockHelseIdSts sts;
    private HelseIdTokenProvider provider;
    private String token;
    private JWSHeader header;
    private ECDSASigner signer;

    /** Starts the mock STS, fetches the token once, prepares the baseline's key, header and signer. */
    @Setup
    public void setUp() throws JOSEException {
        sts = MockHelseIdSts.start();
        MockHelseIdClient client = sts.registerClient("benchmark");
        provider = HelseIdTokenProvider.of(HelseIdConfig.builder().issuer(sts.issuer())
                .clientId(client.clientId()).clientKey(client.clientKey()).build());
        token = provider.accessToken(BlareseptScope.SOKNAD).value();
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt")).jwk(key.toPublicJWK()).build();
        signer = new ECDSASigner(key);
    }

    /** Stops the provider and the mock. */
    @TearDown
    public void tearDown() {
        provider.close();
        sts.close();
    }

    /** Raw Nimbus: the same proof claims, signed with ES256. */
    @Benchmark
    public String baselineNimbusProof() throws JOSEException, NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString())
                .claim("htm", "POST").claim("htu", "http://127.0.0.1:8080/soknad/send")
                .issueTime(new Date()).claim("ath", Base64URL.encode(hash).toString()).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    /** SDK: cached token lookup plus proof, as every API call does. */
    @Benchmark
    public AuthorizationHeaders sdkAuthorize() {
        return provider.authorize(REQUEST);
    }
}
