package no.blaresept.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.Arrays;
import java.util.Optional;
import no.blaresept.testkit.FaultPreset;

/**
 * What a programmed {@link FaultPreset} does to one answer, like MockWebServer's socket policy: an
 * error status replaces the answer before the request is processed; latency and the transport faults
 * break the normal answer on its way out. Immutable and thread-safe.
 */
abstract class Feilpolicy {

    /** Marks an answer the mock broke on purpose, so contract checks and people reading traces know. */
    static final String FAULT_HEADER = "X-Blaresept-Mock-Fault";

    private final String navn;

    private Feilpolicy(String navn) {
        this.navn = navn;
    }

    /** The policy of a preset. */
    static Feilpolicy av(FaultPreset fault) {
        if (fault instanceof FaultPreset.Status status) {
            return new Statusfeil(status);
        }
        if (fault instanceof FaultPreset.Latency latency) {
            return new Forsinkelse(latency);
        }
        return new Transportfeil((FaultPreset.Transport) fault);
    }

    /** The preset's name in the fault header and the rehearsal report, e.g. {@code STATUS_503}. */
    final String navn() {
        return navn;
    }

    /** The answer to give instead of processing the request, for faults that strike first. */
    Optional<Response> istedenfor() {
        return Optional.empty();
    }

    /** Breaks the built answer; returns the body to send. */
    abstract byte[] bryt(ResponseDefinitionBuilder svar, byte[] body);

    /** Writes an answer with this policy applied. */
    final ResponseDefinitionBuilder skriv(Response svar) {
        ResponseDefinitionBuilder b = Svarskriver.skriv(svar).withHeader(FAULT_HEADER, navn);
        return b.withBody(bryt(b, svar.body()));
    }

    /** 500, 503 or 429 with a problem body, before processing. */
    private static final class Statusfeil extends Feilpolicy {
        private final Response svar;

        Statusfeil(FaultPreset.Status status) {
            super("STATUS_" + status.status());
            Response problem = switch (status.status()) {
                case 429 -> Problem.svar(Problem.Type.FOR_MANGE_KALL, "Grensen for antall kall er nådd; prøv igjen senere.");
                case 503 -> Problem.svar(Problem.Type.UTILGJENGELIG, "Tjenesten er midlertidig utilgjengelig; prøv igjen senere.");
                default -> Problem.svar(Problem.Type.INTERN_FEIL, "En uventet feil oppstod.");
            };
            long sekunder = status.retryAfter().toSeconds();
            this.svar = status.status() == 500 && sekunder == 0 ? problem
                    : problem.withHeader("Retry-After", Long.toString(sekunder));
        }

        @Override
        Optional<Response> istedenfor() {
            return Optional.of(svar);
        }

        @Override
        byte[] bryt(ResponseDefinitionBuilder b, byte[] body) {
            return body;
        }
    }

    /** The normal answer, late. */
    private static final class Forsinkelse extends Feilpolicy {
        private final int millis;

        Forsinkelse(FaultPreset.Latency latency) {
            super("LATENCY");
            this.millis = Math.toIntExact(latency.delay().toMillis());
        }

        @Override
        byte[] bryt(ResponseDefinitionBuilder b, byte[] body) {
            b.withFixedDelay(millis);
            return body;
        }
    }

    /** A broken connection, a cut-off body or a cut-off JSON in a complete 200. */
    private static final class Transportfeil extends Feilpolicy {
        private final FaultPreset.Transport fault;

        Transportfeil(FaultPreset.Transport fault) {
            super(fault.name());
            this.fault = fault;
        }

        @Override
        byte[] bryt(ResponseDefinitionBuilder b, byte[] body) {
            return switch (fault) {
                case CONNECTION_RESET -> {
                    b.withFault(Fault.CONNECTION_RESET_BY_PEER);
                    yield body;
                }
                case TRUNCATED_BODY -> {
                    b.withHeader("Content-Length", Integer.toString(body.length));
                    yield Arrays.copyOf(body, body.length / 2);
                }
                case MALFORMED_JSON -> {
                    b.withStatus(200).withHeader("Content-Type", "application/json");
                    yield Arrays.copyOf(body, Math.max(1, body.length / 2));
                }
            };
        }
    }
}
