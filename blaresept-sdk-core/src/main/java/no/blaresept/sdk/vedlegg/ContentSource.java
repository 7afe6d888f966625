package no.blaresept.sdk.vedlegg;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the content of an attachment, anew each time it is called: the SDK reads it once to check
 * it and again for each request that carries it ({@code valider}, {@code send}), so the file never
 * has to be held in memory. Implementations must be safe to call from any thread.
 */
@FunctionalInterface
public interface ContentSource {

    /**
     * Opens a fresh stream positioned at the first byte; the caller closes it.
     *
     * @return the content
     * @throws IOException when the content cannot be read
     */
    InputStream open() throws IOException;
}
