package no.blaresept.auth;

import java.util.Optional;
import java.util.OptionalInt;
import no.blaresept.auth.internal.Jwtmaske;
import no.blaresept.sdk.error.BlareseptException;
import org.jspecify.annotations.Nullable;

/**
 * Root of every error the HelseID provider raises: a token, PAR or discovery request that failed,
 * an STS answer that cannot be used, or a configuration that cannot work. When the STS answered
 * with an OAuth error, {@link #error()} and {@link #errorDescription()} carry its {@code error} and
 * {@code error_description} (RFC 6749 §5.2). {@link #isRetryable()} is true when the same request
 * may succeed later unchanged: the STS could not be reached, answered 5xx or 429, said
 * {@code temporarily_unavailable}, or no token came within the caller's deadline. Messages never
 * contain a client assertion, a DPoP proof, a token or key material.
 *
 * <p>Part of the SDK's error hierarchy under {@link BlareseptException}, so one catch covers both.
 * Unchecked. Immutable and thread-safe once thrown.
 */
public class HelseIdException extends BlareseptException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String error;
    private final @Nullable String errorDescription;
    private final int httpStatus;
    private final boolean retryable;

    /**
     * An error raised before or without an STS answer.
     *
     * @param message what failed and what to do, without secrets
     */
    public HelseIdException(String message) {
        this(message, null, null, 0, null);
    }

    /**
     * An error caused by another exception (I/O, parsing, cryptography).
     *
     * @param message what failed and what to do, without secrets
     * @param cause   the underlying failure
     */
    public HelseIdException(String message, Throwable cause) {
        this(message, null, null, 0, cause);
    }

    /**
     * An OAuth error answered by the STS.
     *
     * @param message          what failed, without secrets
     * @param error            the STS's {@code error} code, e.g. {@code invalid_client}, if any
     * @param errorDescription the STS's {@code error_description}, if any
     * @param httpStatus       the HTTP status of the answer, or 0 when there was none
     * @param cause            the underlying failure, if any
     */
    public HelseIdException(String message, @Nullable String error, @Nullable String errorDescription,
                            int httpStatus, @Nullable Throwable cause) {
        this(message, error, errorDescription, httpStatus, cause, false);
    }

    /**
     * An error that says whether the same request may succeed later.
     *
     * @param message          what failed, without secrets
     * @param error            the STS's {@code error} code, if any
     * @param errorDescription the STS's {@code error_description}, if any
     * @param httpStatus       the HTTP status of the answer, or 0 when there was none
     * @param cause            the underlying failure, if any
     * @param retryable        whether the same request may succeed later (an outage, a timeout)
     */
    public HelseIdException(String message, @Nullable String error, @Nullable String errorDescription,
                            int httpStatus, @Nullable Throwable cause, boolean retryable) {
        // An STS's error text is echoed in messages; a token it echoed back must not reach a log.
        super(Jwtmaske.masker(message), cause);
        this.error = error;
        this.errorDescription = errorDescription;
        this.httpStatus = httpStatus;
        this.retryable = retryable;
    }

    /**
     * An outage: the STS could not be reached or did not answer in time. Retryable.
     *
     * @param message what failed, without secrets
     * @param cause   the underlying failure, if any
     * @return the exception
     */
    public static HelseIdException unavailable(String message, @Nullable Throwable cause) {
        return new HelseIdException(message, null, null, 0, cause, true);
    }

    /** The OAuth {@code error} code the STS answered, e.g. {@code invalid_client}. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** The STS's {@code error_description}, when it gave one. */
    public Optional<String> errorDescription() {
        return Optional.ofNullable(errorDescription);
    }

    /** The HTTP status of the STS answer, when there was one. */
    public OptionalInt httpStatus() {
        return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** True for outages and timeouts; false for refusals and errors the caller must fix first. */
    @Override
    public boolean isRetryable() {
        return retryable;
    }
}
