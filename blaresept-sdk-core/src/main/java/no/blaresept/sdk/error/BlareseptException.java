package no.blaresept.sdk.error;

import java.util.Optional;
import no.blaresept.schema.internal.Fodselsnummermaske;
import org.jspecify.annotations.Nullable;

/**
 * Root of every error the SDK throws. Unchecked: outcomes of the Blåresept services (grant,
 * refusal, warning, rejection, …) are results, not exceptions; an exception means the call itself
 * could not be completed as asked.
 *
 * <p>Subclasses separate errors found before any request (invalid input) from errors the service
 * or the network reported. Instances are immutable and safe to share between threads.
 */
public abstract class BlareseptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an error.
     *
     * @param message what failed, where, and what to do; never personal data or secrets (an eleven-digit
     *                run shaped like a fødselsnummer is masked all the same)
     * @param cause   the underlying cause, or {@code null}
     */
    protected BlareseptException(String message, @Nullable Throwable cause) {
        // Defence in depth: a fødselsnummer that reached a message by any path is masked.
        super(Fodselsnummermaske.masker(message), cause);
    }

    /** The correlation id of the request that failed, when a request was made. */
    public Optional<String> correlationId() {
        return Optional.empty();
    }

    /**
     * Whether the same call may succeed if made again later, unchanged. False for errors the caller
     * must fix first (input, credentials) and for a send whose outcome is unknown (look it up first).
     */
    public boolean isRetryable() {
        return false;
    }
}
