package no.blaresept.sdk.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import no.blaresept.sdk.error.AccessDeniedException;
import no.blaresept.sdk.error.BlareseptServiceException;
import no.blaresept.sdk.error.InputRejectedException;
import no.blaresept.sdk.error.NotFoundException;
import no.blaresept.sdk.error.ProblemDetails;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.error.ServiceUnavailableException;
import no.blaresept.sdk.error.UnexpectedResponseException;
import no.blaresept.sdk.internal.wire.Endpoint;
import no.blaresept.sdk.internal.wire.ProblemMapping;

/** Turns an error answer (not 2xx) into the SDK's typed exception. */
final class ErrorMapper {

    /** Answers after which the same idempotent request may well succeed. */
    private static final Set<Integer> TRANSIENT = Set.of(408, 429, 500, 502, 503, 504);
    /** Answers that say "not now" without having taken the request: a send is certainly not processed. */
    private static final Set<Integer> REFUSED_UNTAKEN = Set.of(408, 429, 503);

    private ErrorMapper() {
    }

    static boolean isTransient(int status) {
        return TRANSIENT.contains(status);
    }

    /** Whether an answer with this status may be followed by the same request again. */
    static boolean mayRetry(Endpoint endpoint, int status) {
        switch (endpoint.retry()) {
            case REPEATABLE:
                return isTransient(status);
            case UNTIL_SENT:
                return REFUSED_UNTAKEN.contains(status);
            default:
                return false;
        }
    }

    static BlareseptServiceException map(Exchange exchange, ApiResponse response, Instant now) {
        int status = response.status();
        String id = response.correlationId();
        String what = exchange.describe() + " answered HTTP " + status;
        ProblemDetails problem = problem(response).orElse(null);
        if (!exchange.endpoint().idempotent() && status >= 500 && !REFUSED_UNTAKEN.contains(status)) {
            return new SendOutcomeUnknownException(what, id, status, problem, null);
        }
        if (status == 400 && response.header("WWW-Authenticate").isPresent()) {
            // A DPoP proof the server refused (RFC 9449 §7.1): credentials, not content.
            return new AccessDeniedException(exchange.describe() + " was refused", id, status, problem);
        }
        switch (status) {
            case 401:
            case 403:
                return new AccessDeniedException(exchange.describe() + " was refused", id, status, problem);
            case 404:
                return new NotFoundException(exchange.describe() + " found nothing", id, problem);
            case 400:
            case 409:
            case 422:
                return new InputRejectedException(exchange.describe() + " was refused", id, status, problem);
            default:
                if (isTransient(status)) {
                    return new ServiceUnavailableException(what, id, status, problem, retryAfter(response, now).orElse(null),
                            null);
                }
                return new UnexpectedResponseException(what + ", a status the contract does not name", id, status, null);
        }
    }

    static Optional<Duration> retryAfter(ApiResponse response, Instant now) {
        return response.header("Retry-After").flatMap(v -> RetryAfter.parse(v, now));
    }

    private static Optional<ProblemDetails> problem(ApiResponse response) {
        String type = response.mediaType();
        return type.equals("application/problem+json") || type.equals("application/json")
                ? ProblemMapping.read(response.body()) : Optional.empty();
    }
}
