package no.blaresept.sdk.internal.wire;

import java.util.Optional;
import no.blaresept.sdk.error.ProblemDetails;

/**
 * Reads RFC 9457 problem details from an error answer, leniently: an unreadable body is no problem details.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProblemMapping {

    private static final WireJson.AnswerReader<CommonDto.Problem> PROBLEM =
            WireJson.AnswerReader.of(CommonDto.Problem.class);

    private ProblemMapping() {
    }

    /**
     * The problem details in an error body.
     *
     * @param body the body of a 4xx/5xx answer
     * @return the details, or empty when the body is not readable as problem details
     */
    public static Optional<ProblemDetails> read(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(WireJson.read(body, PROBLEM, p -> new ProblemDetails(p.type(), p.title(),
                    p.status(), p.detail(), p.instance(), CommonMapping.feil(p.feil()))));
        } catch (WireFormatException e) {
            return Optional.empty();
        }
    }
}
