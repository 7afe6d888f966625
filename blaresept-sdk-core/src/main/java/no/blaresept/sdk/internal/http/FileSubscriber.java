package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Writes one attempt's answer body to a fresh temporary file in a folder, one piece at a time (it asks
 * for the next piece only when the last one is on disk, so no more than a piece is ever in memory),
 * counting the bytes against the cap and taking their SHA-256. A failed, oversized or abandoned attempt
 * deletes its file. The bytes are in the file, which {@link #moveTo(Path)} puts in place.
 *
 * <p>Thread-safe: the JDK client signals it serially on its threads, the engine abandons it from the
 * caller's; every method holds the lock.
 */
final class FileSubscriber implements BodySubscriber<Void> {

    private final Path folder;
    private final long cap;
    private final long declared;
    private final MessageDigest sha256;
    private final CompletableFuture<Void> result = new CompletableFuture<>();
    private Flow.@Nullable Subscription subscription;
    private @Nullable Path file;
    private @Nullable FileChannel channel;
    private long length;
    private @Nullable String digest;
    private boolean ended;

    FileSubscriber(Path folder, long cap, long declared) {
        this.folder = folder;
        this.cap = cap;
        this.declared = declared;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public CompletionStage<Void> getBody() {
        return result;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (ended) {
            s.cancel();
            return;
        }
        if (declared > cap) {
            fail(new CappedBody.TooLarge(cap));
            return;
        }
        try {
            // A neutral name: the target's name may name the patient, and a listing of the folder shows this one.
            file = Files.createTempFile(folder, ".vedtaksdokument-", ".part");
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            fail(new FileDownload.WriteFailed(e));
            return;
        }
        s.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (ended) {
            return;
        }
        // Not ended, so onSubscribe opened the file.
        FileChannel out = Objects.requireNonNull(channel, "channel");
        try {
            for (ByteBuffer b : buffers) {
                if (length + b.remaining() > cap) {
                    fail(new CappedBody.TooLarge(cap));
                    return;
                }
                length += b.remaining();
                sha256.update(b.duplicate());
                while (b.hasRemaining()) {
                    out.write(b);
                }
            }
        } catch (IOException | RuntimeException e) {
            fail(new FileDownload.WriteFailed(e));
            return;
        }
        Objects.requireNonNull(subscription, "subscription").request(1);
    }

    @Override
    public synchronized void onError(Throwable t) {
        fail(t);
    }

    @Override
    public synchronized void onComplete() {
        if (ended) {
            return;
        }
        FileChannel out = Objects.requireNonNull(channel, "channel");
        try {
            // On disk before it is moved into place: a crash after the move must not leave a short file.
            out.force(true);
            out.close();
            digest = HexFormat.of().formatHex(sha256.digest());
        } catch (IOException | RuntimeException e) {
            fail(new FileDownload.WriteFailed(e));
            return;
        }
        ended = true;
        result.complete(null);
    }

    /** Ends the attempt if it is still running and deletes its file unless it was moved away. */
    synchronized void abandon() {
        if (!ended) {
            fail(new IOException("attempt abandoned"));
        }
        delete();
    }

    /**
     * Moves the completed attempt's file to {@code target}, atomically where the file system can, replacing
     * what was there.
     */
    synchronized void moveTo(Path target) throws IOException {
        if (!result.isDone() || result.isCompletedExceptionally() || file == null) {
            throw new IllegalStateException("the attempt has not completed");
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        file = null;
    }

    /** The body's length in bytes. */
    synchronized long length() {
        return length;
    }

    /** The body's SHA-256 in lower-case hex, once it is complete. */
    synchronized String sha256() {
        if (digest == null) {
            throw new IllegalStateException("the attempt has not completed");
        }
        return digest;
    }

    private void fail(Throwable t) {
        if (ended) {
            return;
        }
        ended = true;
        delete();
        if (subscription != null) {
            subscription.cancel();
        }
        result.completeExceptionally(t);
    }

    private void delete() {
        try {
            if (channel != null) {
                channel.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Nothing better to do: the temporary file has a neutral name and lies next to the target.
        }
    }
}
