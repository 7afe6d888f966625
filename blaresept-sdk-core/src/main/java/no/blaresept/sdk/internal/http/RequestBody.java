package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * A JSON request body: small and in memory, or streamed (valider and send with attachments).
 *
 * <p>Implementations are thread-safe; each attempt gets its own {@link Attempt}.
 */
public interface RequestBody {

    /** The body as bytes when it is held in memory (for TRACE logging); empty when streamed. */
    Optional<byte[]> bytes();

    /**
     * Prepares the body for one attempt; close the attempt when the exchange is over.
     *
     * @param executor runs the writer of a streamed body
     */
    Attempt open(Executor executor);

    /** A body held in memory. */
    static RequestBody json(byte[] json) {
        return new JsonBody(json);
    }

    /**
     * A body written by {@code writer} while it is being sent, through a small pipe.
     *
     * @param length the exact number of bytes {@code writer} writes
     * @param writer writes the body; called once per attempt
     */
    static RequestBody streaming(long length, Writer writer) {
        return new StreamingBody(length, writer);
    }

    /** Writes a streamed body. */
    @FunctionalInterface
    interface Writer {
        /** Writes the whole body; does not close {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** The body of one attempt. */
    interface Attempt extends AutoCloseable {
        /** What the HTTP client sends. */
        BodyPublisher publisher();

        /** Why writing the body failed, if it did: then the server cannot have had a complete request. */
        Optional<Throwable> writeFailure();

        /** Releases what the attempt holds (stops a writer still running). */
        @Override
        void close();
    }
}
