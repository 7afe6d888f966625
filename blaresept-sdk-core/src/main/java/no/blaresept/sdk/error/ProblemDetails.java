package no.blaresept.sdk.error;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import no.blaresept.schema.Valideringsfeil;
import org.jspecify.annotations.Nullable;

/**
 * An error answer of the Blåresept service as RFC 9457 problem details
 * ({@code application/problem+json}), with the field errors of a refused request.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProblemDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final @Nullable String type;
    private final @Nullable String title;
    private final @Nullable Integer status;
    private final @Nullable String detail;
    private final @Nullable String instance;
    private final List<Valideringsfeil> feil;

    /**
     * Creates problem details; each part may be absent, as RFC 9457 allows.
     *
     * @param type     a URI naming the problem type
     * @param title    a short summary
     * @param status   the HTTP status the server gave
     * @param detail   an explanation of this occurrence
     * @param instance a URI naming this occurrence
     * @param feil     field errors (an extension member)
     */
    public ProblemDetails(@Nullable String type, @Nullable String title, @Nullable Integer status,
                          @Nullable String detail, @Nullable String instance, List<Valideringsfeil> feil) {
        this.type = type;
        this.title = title;
        this.status = status;
        this.detail = detail;
        this.instance = instance;
        this.feil = List.copyOf(feil);
    }

    /** The problem type URI. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** A short summary of the problem. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The HTTP status as the server wrote it in the body. */
    public OptionalInt status() {
        return status == null ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The explanation of this occurrence. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** The URI of this occurrence. */
    public Optional<String> instance() {
        return Optional.ofNullable(instance);
    }

    /** The field errors, possibly empty. */
    public List<Valideringsfeil> feil() {
        return feil;
    }

    @Override
    public String toString() {
        return "ProblemDetails[type=" + type + ", title=" + title + ", status=" + status + ", feil=" + feil.size() + "]";
    }
}
