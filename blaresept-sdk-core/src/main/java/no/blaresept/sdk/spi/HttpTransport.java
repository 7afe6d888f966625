package no.blaresept.sdk.spi;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.blaresept.sdk.internal.http.JdkTransport;
import no.blaresept.sdk.internal.http.ReplayedBody;

/**
 * Sends one HTTP exchange for the SDK. The default sends through a {@link HttpClient}; plug in another
 * to route through a proxy library or to inject faults in tests. The SDK builds the complete request
 * (URI, headers, body, per-attempt timeout) and decides about retries itself: a transport must send
 * each request exactly once and must not retry.
 *
 * <p>{@link #send} blocks the calling thread until the whole response has been read. The SDK interrupts
 * that thread when the attempt's time is up, so an implementation must give up with
 * {@link InterruptedException} when interrupted, as {@link HttpClient#send} does. Failures are thrown as
 * the {@link IOException} that describes them: a {@link java.net.ConnectException} (or
 * {@link java.net.http.HttpConnectTimeoutException}) only when nothing was sent, because the SDK treats
 * any other failure of a {@code send} as "outcome unknown".
 *
 * <p>Implementations must be thread-safe: one instance serves every call of a shared client.
 */
@FunctionalInterface
public interface HttpTransport {

    /**
     * Sends the request and reads the whole response body, on the calling thread.
     *
     * @param request the request, ready to send
     * @return the response
     * @throws IOException          when the exchange failed
     * @throws InterruptedException when the thread was interrupted (also when the SDK's time ran out)
     */
    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException;

    /**
     * Sends the request and hands the answer's body to {@code handler} as it arrives, on the calling
     * thread, as {@link HttpClient#send(HttpRequest, HttpResponse.BodyHandler)} does. The SDK uses this
     * for every call: its handlers keep the {@code ResponseLimits} and stream the decision letter to a file.
     *
     * <p>The default reads the whole answer with {@link #send(HttpRequest)} and then hands it to the
     * handler in one piece, so an existing transport keeps working, but an oversized answer is refused
     * only after it was read and a streamed one is held in memory once. Override it to stream, as the
     * transport of {@link #of(HttpClient)} does.
     *
     * @param request the request, ready to send
     * @param handler what to make of the answer's body
     * @return the response with the handler's body
     * @throws IOException          when the exchange failed or the handler refused the body
     * @throws InterruptedException when the thread was interrupted (also when the SDK's time ran out)
     */
    default <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return ReplayedBody.replay(send(request), handler);
    }

    /**
     * A transport over a {@link HttpClient}. The client's own settings (connect timeout, proxy, TLS)
     * apply; the SDK does not close a client it was given. It streams each answer and reads it only up
     * to the client's {@code ResponseLimits}; another transport's answers are checked against them after
     * reading unless it overrides {@link #send(HttpRequest, HttpResponse.BodyHandler)}.
     *
     * @param client the client to send with
     * @return the transport
     */
    static HttpTransport of(HttpClient client) {
        return new JdkTransport(client);
    }
}
