package no.blaresept.sdk.internal.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads one attempt's answer body into memory up to a cap: a declared {@code Content-Length} over it is
 * refused before any byte is read, and a body that grows past it is cut off at once, so an oversized
 * answer never costs more than the cap in heap. Read the body with {@link #bytes()} once the response
 * is complete.
 *
 * <p>The pieces arrive through the JDK's own {@link BodySubscribers#ofByteArrayConsumer}: the JDK
 * client completes the body of a subscriber it knows on the thread that read it, but hands that of any
 * other subscriber to a worker thread first, a hop that cost 5–12 % of a loopback round trip here.
 *
 * <p>Thread-safe as the JDK client uses it: one instance per attempt, signalled serially, read after
 * the response completed.
 */
final class CappedBody implements BodyHandler<Void> {

    private final long cap;
    // The pieces as the JDK hands them over (fresh arrays, ours to keep): an answer that arrives in one piece,
    // the common case, is passed on without a copy.
    private volatile List<byte[]> pieces = List.of(); // a fresh list per answer, in apply
    private volatile long size;

    CappedBody(long cap) {
        this.cap = cap;
    }

    /** The answer was larger than the cap; thrown through the JDK client as the cause of its IOException. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long cap) {
            super("answer is larger than " + cap + " bytes", null);
        }
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

    @Override
    public BodySubscriber<Void> apply(ResponseInfo info) {
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > cap) {
            return new Refusal(cap);
        }
        // A fresh start: the JDK applies the handler again when it sends a request once more by itself.
        pieces = new ArrayList<>(1);
        size = 0;
        return BodySubscribers.ofByteArrayConsumer(this::take);
    }

    /** The body read so far: all of it once the response is complete. */
    byte[] bytes() {
        List<byte[]> read = pieces;
        if (read.size() == 1) {
            return read.get(0);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) size);
        read.forEach(piece -> body.write(piece, 0, piece.length));
        return body.toByteArray();
    }

    private void take(Optional<byte[]> piece) {
        // The end of the body (empty) must not throw: the JDK's subscriber completes only after it.
        if (piece.isPresent() && piece.get().length > 0) {
            byte[] b = piece.get();
            if (size + b.length > cap) {
                // The JDK client cancels the body and fails the exchange with this as the cause.
                throw new UncheckedIOException(new TooLarge(cap));
            }
            size += b.length;
            pieces.add(b);
        }
    }

    /** Refuses a body whose declared length is over the cap, before reading any of it. */
    private static final class Refusal implements BodySubscriber<Void> {
        private final long cap;
        private final CompletableFuture<Void> result = new CompletableFuture<>();

        Refusal(long cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<Void> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.cancel();
            result.completeExceptionally(new TooLarge(cap));
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            // cancelled: nothing more is read
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.completeExceptionally(new TooLarge(cap));
        }
    }
}
