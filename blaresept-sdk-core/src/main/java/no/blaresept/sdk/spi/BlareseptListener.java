package no.blaresept.sdk.spi;

import java.util.List;
import java.util.Map;
import no.blaresept.sdk.internal.http.ListenerChain;

/**
 * Told what the SDK does, for metrics and tracing without a forced backend (in the manner of OkHttp's
 * {@code EventListener} and the AWS SDK's execution interceptors). Register one or several on
 * {@code BlareseptClient.builder().listener(…)} for calls and on {@code HelseIdConfig.builder().listener(…)}
 * for tokens; every method does nothing unless overridden.
 *
 * <p>A call tells, in order: {@link #callStarted} and {@link #requestHeaders} (on the thread that made
 * the call, also for {@code …Async} calls, so a tracer can read that thread's context), then per request
 * {@link #attemptEnded}, {@link #retryScheduled} before each retry, and {@link #callEnded} once. No event
 * carries a URL, a body, a header value, a token or a fødselsnummer: an endpoint is named by its id
 * ({@code soknad/send}), which is safe as a metric tag.
 *
 * <p>A listener that throws does not break the call: the SDK logs the first failure of each listener
 * (its class and the exception's class, never the message) at WARNING and goes on. Methods should
 * return quickly: they run on the call's thread.
 *
 * <p>Implementations must be thread-safe: one listener serves every call of a shared client, from many
 * threads at once.
 */
public interface BlareseptListener {

    /** A call is about to be made, on the thread that made it. */
    default void callStarted(CallStarted call) {
    }

    /**
     * Extra headers for every request of this call, e.g. a W3C {@code traceparent}; asked right after
     * {@link #callStarted}, on the same thread. Names must be HTTP tokens and values visible ASCII
     * (spaces allowed, no CR or LF); the SDK's own headers ({@code Authorization}, {@code DPoP},
     * {@code X-Correlation-ID}, {@code User-Agent}, {@code Accept}, {@code Content-Type}) and those the
     * HTTP client sets cannot be replaced. A header that breaks these rules is left out and the listener
     * logged once, as for a throwing listener.
     *
     * @param call the call the headers are for
     * @return header name to value; empty for none
     */
    default Map<String, String> requestHeaders(CallStarted call) {
        return Map.of();
    }

    /** One request has been answered or has failed. */
    default void attemptEnded(AttemptEnded attempt) {
    }

    /** The SDK pauses and then sends an idempotent request again. */
    default void retryScheduled(RetryScheduled retry) {
    }

    /** A call has ended, successfully or not; told exactly once per {@link #callStarted}. */
    default void callEnded(CallEnded call) {
    }

    /** An access token was fetched (first time or renewal). */
    default void tokenFetched(TokenFetched token) {
    }

    /** A token request failed. */
    default void tokenFailed(TokenFailed token) {
    }

    /**
     * One listener telling each of {@code listeners} in turn, each shielded from the others: what one
     * throws is logged (once per listener) and does not stop the rest; headers are checked and merged.
     *
     * @param listeners the listeners, in the order they are told
     * @return a listener telling them all; a no-op for an empty list
     */
    static BlareseptListener composite(List<? extends BlareseptListener> listeners) {
        return new ListenerChain(listeners);
    }
}
