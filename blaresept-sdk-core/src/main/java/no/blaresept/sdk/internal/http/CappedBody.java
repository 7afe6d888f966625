package no.blaresept.sdk.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Reads an answer body into memory up to a cap: a declared {@code Content-Length} over it is refused
 * before any byte is read, and a body that grows past it is cut off at once, so an oversized answer
 * never costs more than the cap in heap.
 *
 * <p>Thread-safe as the JDK client uses it: one subscriber per response, signalled serially.
 */
final class CappedBody {

    private CappedBody() {
    }

    /** The answer was larger than the cap; thrown through the JDK client as the cause of its IOException. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("answer is larger than " + cap + " bytes", null);
        }
    }

    static BodyHandler<byte[]> handler(long cap) {
        return info -> new Subscriber(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    /** Whether {@code t} or one of its causes is {@link TooLarge}. */
    static boolean tooLarge(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    private static final class Subscriber implements BodySubscriber<byte[]> {
        private final long cap;
        private final long declared;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream body;
        private Flow.@Nullable Subscription subscription;

        Subscriber(long cap, long declared) {
            this.cap = cap;
            this.declared = declared;
            // Sized to the declared length (within the cap) so the body is not copied as it grows.
            this.body = new ByteArrayOutputStream(declared > 0 && declared <= cap ? (int) declared : 1024);
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declared > cap) {
                refuse();
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer b : buffers) {
                if (result.isDone()) {
                    return;
                }
                if (body.size() + (long) b.remaining() > cap) {
                    refuse();
                    return;
                }
                int n = b.remaining();
                if (b.hasArray()) {
                    body.write(b.array(), b.arrayOffset() + b.position(), n);
                    b.position(b.limit());
                } else {
                    byte[] chunk = new byte[n];
                    b.get(chunk);
                    body.write(chunk, 0, n);
                }
            }
        }

        private void refuse() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.completeExceptionally(new TooLarge(cap));
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(body.toByteArray());
        }
    }
}
