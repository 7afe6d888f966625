package no.blaresept.examples.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.TreeSet;
import no.blaresept.sdk.spi.AttemptEnded;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.CallEnded;
import no.blaresept.sdk.spi.RetryScheduled;
import no.blaresept.sdk.spi.TokenFailed;
import no.blaresept.sdk.spi.TokenFetched;

/**
 * Records what the SDK does as Micrometer meters. Register the same instance on the client and on the
 * HelseID configuration:
 *
 * <pre>{@code
 * MicrometerListener metrics = new MicrometerListener(registry);
 * HelseIdTokenProvider helseId = HelseIdTokenProvider.of(config.toBuilder().listener(metrics).build());
 * BlareseptClient client = BlareseptClient.builder()...authentication(helseId).listener(metrics).build();
 * }</pre>
 *
 * <ul>
 *   <li>{@value #ATTEMPTS}: a timer per request, tagged {@code endpoint}, {@code status} (HTTP status or
 *       failure kind) and {@code attempt};</li>
 *   <li>{@value #CALLS}: a timer per call, retries and pauses included, tagged {@code endpoint},
 *       {@code outcome} and {@code error} (exception class, {@code none} on success);</li>
 *   <li>{@value #RETRIES}: a counter tagged {@code endpoint} and {@code reason};</li>
 *   <li>{@value #TOKENS}: a counter of token requests tagged {@code scope}, {@code type},
 *       {@code renewal} and {@code result} ({@code fetched}, or the OAuth error / exception class).</li>
 * </ul>
 * Every tag comes from a small fixed set (endpoint ids, statuses, scopes), so the meters stay few,
 * and none holds personal data: the SDK's events carry none.
 *
 * <p>Thread-safe: Micrometer's registries and meters are.
 */
public final class MicrometerListener implements BlareseptListener {

    /** Timer name of single requests. */
    public static final String ATTEMPTS = "blaresept.client.attempts";
    /** Timer name of whole calls. */
    public static final String CALLS = "blaresept.client.calls";
    /** Counter name of retries. */
    public static final String RETRIES = "blaresept.client.retries";
    /** Counter name of token requests. */
    public static final String TOKENS = "blaresept.token.requests";

    private final MeterRegistry registry;

    /** @param registry where the meters are registered */
    public MicrometerListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void attemptEnded(AttemptEnded attempt) {
        Timer.builder(ATTEMPTS).description("One request to the Blåresept API")
                .tags("endpoint", attempt.endpoint(), "status", attempt.result().label(),
                        "attempt", String.valueOf(attempt.attempt()))
                .register(registry).record(attempt.duration());
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
        Counter.builder(RETRIES).description("Requests the SDK sends again")
                .tags("endpoint", retry.endpoint(), "reason", retry.reason().label())
                .register(registry).increment();
    }

    @Override
    public void callEnded(CallEnded call) {
        Timer.builder(CALLS).description("One call to the Blåresept API, retries included")
                .tags("endpoint", call.endpoint(), "outcome", call.outcome().name(), "error", call.error().orElse("none"))
                .register(registry).record(call.duration());
    }

    @Override
    public void tokenFetched(TokenFetched token) {
        countToken(String.join(" ", new TreeSet<>(token.scopes())), token.tokenType(), token.renewal(), "fetched");
    }

    @Override
    public void tokenFailed(TokenFailed token) {
        countToken(String.join(" ", new TreeSet<>(token.scopes())), "none", token.renewal(),
                token.oauthError().orElse(token.error()));
    }

    private void countToken(String scope, String type, boolean renewal, String result) {
        Counter.builder(TOKENS).description("Token requests to HelseID")
                .tags("scope", scope, "type", type, "renewal", String.valueOf(renewal), "result", result)
                .register(registry).increment();
    }
}
