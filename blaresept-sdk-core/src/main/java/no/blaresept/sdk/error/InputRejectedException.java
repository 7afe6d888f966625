package no.blaresept.sdk.error;

import java.util.List;
import java.util.stream.Collectors;
import no.blaresept.schema.Valideringsfeil;
import no.blaresept.schema.internal.Fodselsnummermaske;
import org.jspecify.annotations.Nullable;

/**
 * The service refused the request's content (400, 409 or 422): a field the SDK could not check
 * locally, a state conflict such as del2 before del1, or an outdated schema version. The
 * {@link #feil()} list says what is wrong where; the message names each field path and code (never a
 * value). Not retryable as is: change the input.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputRejectedException extends BlareseptServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param what          which call was refused
     * @param correlationId the call's correlation id
     * @param httpStatus    the answer's status
     * @param problem       the answer's problem details, or {@code null}
     */
    public InputRejectedException(String what, String correlationId, int httpStatus, @Nullable ProblemDetails problem) {
        super(what + ": the service refused the input" + count(problem) + "; see feil() and correct the input",
                correlationId, httpStatus, problem, null);
    }

    /** The field errors the service reported, possibly empty. */
    public List<Valideringsfeil> feil() {
        return problem().map(ProblemDetails::feil).orElse(List.of());
    }

    /** Enough to find each field in a log without the service's texts, which may quote the answers. */
    private static final int LISTED = 20;

    private static String count(@Nullable ProblemDetails problem) {
        if (problem == null || problem.feil().isEmpty()) {
            return "";
        }
        List<Valideringsfeil> feil = problem.feil();
        String listed = feil.stream().limit(LISTED).map(f -> Fodselsnummermaske.masker(f.sti()) + " " + f.kode())
                .collect(Collectors.joining(", "));
        return " (" + feil.size() + (feil.size() == 1 ? " field error: " : " field errors: ") + listed
                + (feil.size() > LISTED ? ", …" : "") + ")";
    }
}
