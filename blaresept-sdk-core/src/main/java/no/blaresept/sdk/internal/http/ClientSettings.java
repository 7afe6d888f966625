package no.blaresept.sdk.internal.http;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import no.blaresept.sdk.ResponseLimits;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.spi.HttpTransport;
import no.blaresept.sdk.spi.RequestAuthenticator;

/**
 * Everything a configured client needs to make calls; built once by {@code BlareseptClient.Builder}.
 *
 * @param baseUri       where the API is, without trailing slash
 * @param userAgent     {@code blaresept-sdk/<version> (EPJ: <name>/<version>)}
 * @param authenticator adds the HelseID headers
 * @param transport     sends the exchanges
 * @param timeouts      connect, per attempt, total
 * @param retryPolicy   for idempotent calls
 * @param limits        the largest answers read
 * @param executor      runs asynchronous calls
 * @param bodyWriters   writes streamed request bodies; the SDK's own, so that a busy or single-thread
 *                      {@code executor} can never starve the writer of a call waiting on it
 * @param clock         reads {@code Retry-After} dates
 * @param listeners     told of each call's events
 */
public record ClientSettings(URI baseUri, String userAgent, RequestAuthenticator authenticator, HttpTransport transport,
                             Timeouts timeouts, RetryPolicy retryPolicy, ResponseLimits limits, ExecutorService executor, ExecutorService bodyWriters,
                             Clock clock, ListenerChain listeners) {

    /** Checks presence. */
    public ClientSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(authenticator, "authenticator");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(bodyWriters, "bodyWriters");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(listeners, "listeners");
    }
}
