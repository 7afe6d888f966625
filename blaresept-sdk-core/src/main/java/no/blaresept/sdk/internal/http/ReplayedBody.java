package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLSession;

/**
 * Hands a body that was read whole to a {@link BodyHandler}, for a vendor transport that only
 * implements {@code HttpTransport.send(HttpRequest)}: the handler sees the same signals as from the
 * JDK client, in one piece, so its limits and checks apply after reading. Stateless and thread-safe.
 */
public final class ReplayedBody {

    private ReplayedBody() {
    }

    /**
     * Feeds {@code response}'s body through {@code handler}.
     *
     * @return the response with the handler's body
     * @throws IOException when the handler refused the body (e.g. over the cap)
     */
    public static <T> HttpResponse<T> replay(HttpResponse<byte[]> response, BodyHandler<T> handler)
            throws IOException, InterruptedException {
        byte[] body = response.body() == null ? new byte[0] : response.body();
        BodySubscriber<T> subscriber = handler.apply(new Info(response));
        subscriber.onSubscribe(new OnePiece(subscriber, body));
        try {
            return new Replayed<>(response, subscriber.getBody().toCompletableFuture().get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("the answer could not be read", cause);
        }
    }

    /** Delivers the body at the first request, then completes; signals are never re-entered. */
    private static final class OnePiece implements Flow.Subscription {
        private final BodySubscriber<?> subscriber;
        private final byte[] body;
        private boolean started;
        private boolean cancelled;

        OnePiece(BodySubscriber<?> subscriber, byte[] body) {
            this.subscriber = subscriber;
            this.body = body;
        }

        @Override
        public void request(long n) {
            if (started || cancelled) {
                return;
            }
            started = true;
            if (body.length > 0) {
                try {
                    subscriber.onNext(List.of(ByteBuffer.wrap(body)));
                } catch (RuntimeException e) {
                    // A subscriber that refuses a piece by throwing, as the JDK's own allow: it has failed.
                    cancelled = true;
                    subscriber.onError(e);
                    return;
                }
            }
            if (!cancelled) {
                subscriber.onComplete();
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private record Info(HttpResponse<byte[]> response) implements HttpResponse.ResponseInfo {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }

    /** The transport's response with the handler's body in place of the bytes. */
    private record Replayed<T>(HttpResponse<byte[]> response, T body) implements HttpResponse<T> {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return response.sslSession();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }
    }
}
