package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.blaresept.testkit.ApiAccessCheck;
import no.blaresept.testkit.Endepunkt;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Scenario;

/**
 * The mock Blåresept API as one WireMock response transformer: it routes each request to its
 * endpoint, applies programmed error-status faults (before processing), the access check, the
 * correlation-id rule and the handler, then transport faults (after processing). Thread-safe:
 * WireMock calls it from many request threads; all state is in thread-safe parts.
 */
public final class MockApi implements ResponseDefinitionTransformerV2 {

    /** The name WireMock knows this transformer by. */
    public static final String NAVN = "blaresept-mock-api";

    private static final String CORRELATION_ID = "X-Correlation-ID";

    /** Marks an answer the mock broke on purpose, so contract checks and people reading traces know. */
    public static final String FAULT_HEADER = "X-Blaresept-Mock-Fault";

    private final Soknadsregister register = new Soknadsregister();
    private final Scenariovalg valg = new Scenariovalg();
    private final Faultplan faults = new Faultplan();
    private final VedtakHandler vedtak;
    private final SkjemaHandler skjema;
    private final InnsendingHandler innsending;
    private volatile ApiAccessCheck accessCheck;

    /** A mock with fresh state and the given access check. */
    public MockApi(ApiAccessCheck accessCheck) {
        this.accessCheck = accessCheck;
        Skjemakatalog katalog = Skjemakatalog.lastStandard();
        this.vedtak = new VedtakHandler(register, valg);
        this.skjema = new SkjemaHandler(register, valg, katalog);
        this.innsending = new InnsendingHandler(register, valg, katalog);
    }

    @Override
    public String getName() {
        return NAVN;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    /** Programs a scenario for one patient, or everyone when {@code fodselsnummer} is empty. */
    public void scenario(Optional<String> fodselsnummer, Endepunkt endepunkt, Scenario scenario) {
        valg.programmer(fodselsnummer, endepunkt, scenario);
    }

    /**
     * Sets the status of a sent application, as a case officer deciding it would.
     *
     * @return false when no application has this reference
     */
    public boolean settStatus(String soknadsreferanse, String status) {
        return register.settStatus(soknadsreferanse, status);
    }

    /** Programs a fault for the next {@code ganger} calls; a negative count means always. */
    public void fault(Endepunkt endepunkt, FaultPreset fault, int ganger) {
        faults.programmer(endepunkt, fault, ganger);
    }

    /** Replaces the access check. */
    public void accessCheck(ApiAccessCheck check) {
        this.accessCheck = check;
    }

    /** Forgets applications, programmed scenarios and faults. */
    public void nullstill() {
        register.nullstill();
        valg.nullstill();
        faults.nullstill();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest req = event.getRequest();
        String sti = URI.create(req.getUrl()).getPath();
        Optional<String> correlationId = Optional.ofNullable(req.getHeader(CORRELATION_ID));
        Optional<Endepunkt> endepunkt = Endepunkt.forPath(sti);
        if (endepunkt.isEmpty()) {
            return tilWireMock(Problem.ikkeFunnet("No such endpoint in the Blåresept API."), correlationId, null);
        }
        Endepunkt e = endepunkt.get();
        if (!e.method().equals(req.getMethod().getName())) {
            return tilWireMock(Problem.svar(405, "metode", "Metoden er ikke tillatt",
                    e.path() + " answers " + e.method() + " only."), correlationId, null);
        }
        Optional<FaultPreset> fault = faults.ta(e);
        if (fault.isPresent() && fault.get() instanceof FaultPreset.Status status) {
            return tilWireMock(statusFault(status), correlationId, status);
        }
        Svar svar = behandle(e, req, sti, correlationId);
        return tilWireMock(svar, correlationId, fault.orElse(null));
    }

    private Svar behandle(Endepunkt e, LoggedRequest req, String sti, Optional<String> correlationId) {
        ApiAccessCheck.Decision decision = accessCheck.check(new ApiAccessCheck.ApiCall(
                req.getMethod().getName(), URI.create(req.getAbsoluteUrl()), headers(req), e.scope()));
        if (decision instanceof ApiAccessCheck.Decision.Deny deny) {
            Svar svar = Problem.svar(deny.status(), deny.status() == 403 ? "mangler-scope" : "ugyldig-token",
                    deny.status() == 403 ? "Tilgang nektet" : "Ikke autentisert",
                    deny.status() == 403 ? "The token lacks the scope " + e.scope().value() + "."
                            : "The request's access token or DPoP proof was not accepted.")
                    .withHeader("WWW-Authenticate", deny.wwwAuthenticate());
            return deny.dpopNonce().map(n -> svar.withHeader("DPoP-Nonce", n)).orElse(svar);
        }
        if (correlationId.isEmpty()) {
            return Problem.ugyldigForesporsel("Header " + CORRELATION_ID + " is required.");
        }
        Anrop anrop = new Anrop(sti, navn -> Optional.ofNullable(req.queryParameter(navn))
                .filter(QueryParameter::isPresent).map(QueryParameter::firstValue), req.getBody());
        try {
            return switch (e) {
                case VEDTAK_SOK -> vedtak.sok(anrop);
                case VEDTAKSDOKUMENT -> vedtak.dokument(anrop);
                case DEL1 -> skjema.del1(anrop);
                case DEL2 -> skjema.del2(anrop);
                case DEL3 -> skjema.del3(anrop);
                case VALIDER -> innsending.valider(anrop);
                case SEND -> innsending.send(anrop);
                case STATUS -> innsending.status(anrop);
                case SKJEMA -> skjema.skjema(anrop);
            };
        } catch (Anrop.Avbrudd avbrudd) {
            return avbrudd.svar();
        }
    }

    private static Svar statusFault(FaultPreset.Status status) {
        Svar svar = switch (status.status()) {
            case 429 -> Problem.svar(429, "for-mange-kall", "For mange kall", "Rate limit exceeded; retry later.");
            case 503 -> Problem.svar(503, "utilgjengelig", "Tjenesten er utilgjengelig",
                    "The service is temporarily unavailable; retry later.");
            default -> Problem.svar(500, "intern-feil", "Intern feil", "An unexpected error occurred.");
        };
        long sekunder = status.retryAfter().toSeconds();
        return sekunder > 0 || status.status() != 500 ? svar.withHeader("Retry-After", Long.toString(sekunder)) : svar;
    }

    private static ResponseDefinition tilWireMock(Svar svar, Optional<String> correlationId,
                                                  FaultPreset fault) {
        Svar medId = correlationId.map(id -> medCorrelationId(svar, id)).orElse(svar);
        ResponseDefinitionBuilder b = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(medId.status())
                .withHeader("Content-Type", medId.contentType());
        medId.headers().forEach(b::withHeader);
        if (fault != null) {
            b.withHeader(FAULT_HEADER, faultNavn(fault));
        }
        byte[] body = medId.body();
        if (fault instanceof FaultPreset.Latency latency) {
            b.withFixedDelay(Math.toIntExact(latency.delay().toMillis()));
        } else if (fault == FaultPreset.Transport.CONNECTION_RESET) {
            b.withFault(Fault.CONNECTION_RESET_BY_PEER);
        } else if (fault == FaultPreset.Transport.TRUNCATED_BODY) {
            b.withHeader("Content-Length", Integer.toString(body.length));
            body = java.util.Arrays.copyOf(body, body.length / 2);
        } else if (fault == FaultPreset.Transport.MALFORMED_JSON) {
            b.withStatus(200).withHeader("Content-Type", "application/json");
            body = java.util.Arrays.copyOf(body, Math.max(1, body.length / 2));
        }
        return b.withBody(body).build();
    }

    private static String faultNavn(FaultPreset fault) {
        if (fault instanceof FaultPreset.Transport t) {
            return t.name();
        }
        return fault instanceof FaultPreset.Status s ? "STATUS_" + s.status() : "LATENCY";
    }

    /** Echoes the correlation id as a header, and inside problem bodies as RFC 9457 extension. */
    private static Svar medCorrelationId(Svar svar, String id) {
        Svar medHeader = svar.withHeader(CORRELATION_ID, id);
        if (!svar.contentType().equals("application/problem+json")) {
            return medHeader;
        }
        try {
            JsonNode body = Svar.JSON.readTree(svar.body());
            ((ObjectNode) body).put("correlationId", id);
            return new Svar(svar.status(), svar.contentType(), Svar.JSON.writeValueAsBytes(body), medHeader.headers());
        } catch (IOException e) {
            throw new IllegalStateException("problem body of the mock is not JSON", e);
        }
    }

    private static Map<String, List<String>> headers(LoggedRequest req) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (HttpHeader h : req.getHeaders().all()) {
            map.put(h.key(), h.values());
        }
        return map;
    }
}
