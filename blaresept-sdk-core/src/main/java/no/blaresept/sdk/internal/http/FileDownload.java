package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.net.http.HttpResponse.BodyHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.blaresept.sdk.error.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * One call's download of a successful answer into a file. Each attempt streams into its own temporary
 * file next to the target ({@link FileSubscriber}); a new attempt abandons the earlier ones, and only
 * the attempt the engine accepted is moved into place, after its checks. So the target is either the
 * whole new document or what it was before, and no temporary file outlives the call. Error answers and
 * answers of another media type are read into memory as always, for the engine to report.
 *
 * <p>Thread-safe: the engine and the JDK client's threads share it; every method holds the lock.
 */
public final class FileDownload {

    /** The field {@link InvalidInputException}s about the target name. */
    static final String FIELD = "fil";

    private final Path target;
    private final Path folder;
    private final List<FileSubscriber> attempts = new ArrayList<>();
    private int current;
    private @Nullable FileSubscriber latest;
    private boolean ended;

    private FileDownload(Path target, Path folder) {
        this.target = target;
        this.folder = folder;
    }

    /**
     * A download to {@code target}, checked before any request: its folder must exist and it must not be
     * a folder itself. An existing file is replaced only when a whole document has arrived.
     *
     * @throws InvalidInputException naming {@code fil}; the message never holds the path
     */
    public static FileDownload to(Path target) {
        Path absolute = Objects.requireNonNull(target, "fil").toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw new InvalidInputException(FIELD, "DOKUMENTFIL_ER_MAPPE", "the decision letter's file is a folder;"
                    + " give the name of a file in an existing folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(FIELD, "DOKUMENTFIL_MAPPE_MANGLER",
                    "the folder for the decision letter's file does not exist; create it first");
        }
        return new FileDownload(absolute, folder);
    }

    /** A handler for the next attempt: a 2xx of {@code mediaType} goes to a file, anything else to {@code memory}. */
    synchronized BodyHandler<Void> handler(CappedBody memory, long cap, String mediaType) {
        attempts.forEach(FileSubscriber::abandon);
        latest = null;
        int attempt = ++current;
        return info -> {
            boolean document = info.statusCode() / 100 == 2 && info.headers().firstValue("Content-Type")
                    .map(ApiResponse::mediaTypeOf).filter(mediaType::equals).isPresent();
            return document ? open(attempt, cap, info.headers().firstValueAsLong("Content-Length").orElse(-1))
                    : memory.apply(info);
        };
    }

    private synchronized FileSubscriber open(int attempt, long cap, long declared) {
        FileSubscriber subscriber = new FileSubscriber(folder, cap, declared);
        attempts.add(subscriber);
        if (ended || attempt != current) {
            // An attempt the engine gave up on that got its answer late: it must not leave a file.
            subscriber.abandon();
        } else {
            latest = subscriber;
        }
        return subscriber;
    }

    /**
     * The attempt whose answer the engine accepted: the last one, complete. Only a reader calls this,
     * after the engine saw a whole 2xx answer of the expected media type.
     */
    public synchronized Received received() {
        FileSubscriber last = Objects.requireNonNull(latest, "the accepted attempt");
        return new Received(last.length(), last.sha256());
    }

    /**
     * Moves the accepted answer to the target, replacing a file there.
     *
     * @return the target, absolute
     * @throws InvalidInputException naming {@code fil} when the file system refused; the old file is untouched
     */
    public synchronized Path moveIntoPlace() {
        try {
            Objects.requireNonNull(latest, "the accepted attempt").moveTo(target);
            return target;
        } catch (IOException e) {
            throw writeError(new WriteFailed(e));
        }
    }

    /** Ends the call's download: deletes every temporary file not moved into place. Idempotent. */
    synchronized void end() {
        ended = true;
        attempts.forEach(FileSubscriber::abandon);
    }

    /** The answer's size and digest, as they arrived. @param length bytes @param sha256 lower-case hex */
    public record Received(long length, String sha256) {
    }

    /** Writing the answer to disk failed: a local fault, so the call is not repeated. */
    static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        // The file system's exception is not kept: its message is the path, which may name the patient.
        WriteFailed(Exception cause) {
            super("could not be written to its file (" + cause.getClass().getSimpleName() + ")");
        }
    }

    /** The {@link WriteFailed} in {@code t}'s causes, as the caller's error, or null. */
    static @Nullable InvalidInputException writeFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof WriteFailed failed) {
                return writeError(failed);
            }
        }
        return null;
    }

    private static InvalidInputException writeError(WriteFailed failure) {
        return new InvalidInputException(FIELD, "DOKUMENTFIL_SKRIVEFEIL", "the decision letter " + failure.getMessage()
                + "; the file is as it was, check the folder and try again");
    }
}
