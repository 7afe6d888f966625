package no.blaresept.sdk.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A request body written while it is sent: a writer task on the client's executor fills a 64 KB pipe
 * that the HTTP client drains, so memory use does not grow with the body (15 MB attachments). The
 * length is declared up front; if the writer fails, the reader fails too instead of seeing a clean
 * end, so a cut-short body can never pass as complete.
 */
final class StreamingBody implements RequestBody {

    private static final int PIPE_BYTES = 64 * 1024;

    private final long length;
    private final Writer writer;

    StreamingBody(long length, Writer writer) {
        this.length = length;
        this.writer = writer;
    }

    @Override
    public Optional<byte[]> bytes() {
        return Optional.empty();
    }

    @Override
    public Attempt open(Executor executor) {
        return new PipeAttempt(executor);
    }

    private final class PipeAttempt implements Attempt {
        private final Executor executor;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<PipedInputStream> pipes = new CopyOnWriteArrayList<>();

        PipeAttempt(Executor executor) {
            this.executor = executor;
        }

        @Override
        public BodyPublisher publisher() {
            return BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(this::openPipe), length);
        }

        // Called by the HTTP client each time it subscribes to the body.
        private InputStream openPipe() {
            PipedInputStream in = new PipedInputStream(PIPE_BYTES);
            PipedOutputStream out;
            try {
                out = new PipedOutputStream(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pipes.add(in);
            executor.execute(() -> {
                try {
                    writer.writeTo(out);
                    out.close();
                } catch (IOException | RuntimeException e) {
                    // Record first, close after: the reader must see the failure, not a clean end.
                    failure.set(e);
                    closeQuietly(out);
                }
            });
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    return b < 0 ? endOfBody() : b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    return n < 0 ? endOfBody() : n;
                }
            };
        }

        private int endOfBody() throws IOException {
            Throwable t = failure.get();
            if (t != null) {
                throw new IOException("request body could not be written", t);
            }
            return -1;
        }

        @Override
        public Optional<Throwable> writeFailure() {
            return Optional.ofNullable(failure.get());
        }

        @Override
        public void close() {
            pipes.forEach(StreamingBody::closeQuietly);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // closing to release a writer; nothing to report
        }
    }
}
