package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.util.Optional;
import no.blaresept.testkit.ApiAccessCheck;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Ovingsrapport;
import no.blaresept.testkit.Scenario;

/**
 * The mock Blåresept API as one WireMock response transformer. Calls under {@link Kontroll#PREFIX} go
 * to the control API. Each other request is recorded as a
 * {@link Foresporsel}, answered by the {@link Dispatcher} (or, for a fault that strikes first, by its
 * {@link Feilpolicy}), noted in the {@link Flytlogg} for the rehearsal report, given its correlation
 * id back, and written with the fault policy applied. Thread-safe: WireMock calls it from many
 * request threads; all state is in thread-safe parts.
 */
public final class MockApi implements ResponseDefinitionTransformerV2 {

    /** The name WireMock knows this transformer by. */
    public static final String NAVN = "blaresept-mock-api";

    /** Marks an answer the mock broke on purpose, so contract checks and people reading traces know. */
    public static final String FAULT_HEADER = Feilpolicy.FAULT_HEADER;

    private static final System.Logger LOG = System.getLogger("no.blaresept.testkit.wiremock");

    private final Soknadsregister register = new Soknadsregister();
    private final Scenariovalg valg = new Scenariovalg();
    private final Faultplan faults = new Faultplan();
    private final Flytlogg flytlogg = new Flytlogg(register);
    private final Dispatcher dispatcher;
    private final Kontroll kontroll;

    /** A mock with fresh state, the given access check, and the control API that steers it. */
    public MockApi(ApiAccessCheck accessCheck, Kontroll kontroll) {
        this.dispatcher = new Dispatcher(register, valg, accessCheck);
        this.kontroll = kontroll;
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
    public void scenario(Optional<String> fodselsnummer, ApiEndpoint endepunkt, Scenario scenario) {
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
    public void fault(ApiEndpoint endepunkt, FaultPreset fault, int ganger) {
        faults.programmer(endepunkt, fault, ganger);
    }

    /** Replaces the access check. */
    public void accessCheck(ApiAccessCheck check) {
        dispatcher.accessCheck(check);
    }

    /** Makes a published schema version the current one (see the server's {@code skjemaversjon}). */
    public void skjemaversjon(String versjon) {
        dispatcher.skjemaversjon(versjon);
    }

    /** Forgets applications, programmed scenarios and faults, and moves back to the first schema version; the rehearsal record stays. */
    public void nullstill() {
        dispatcher.nullstill();
        register.nullstill();
        valg.nullstill();
        faults.nullstill();
    }

    /** The rehearsal report of everything recorded since start or {@link #nullstillRapport()}. */
    public Ovingsrapport rapport() {
        return flytlogg.rapport();
    }

    /** Starts the rehearsal record afresh. */
    public void nullstillRapport() {
        flytlogg.nullstill();
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Foresporsel f = Foresporsel.av(event.getRequest());
        LOG.log(System.Logger.Level.DEBUG, () -> "Request received: " + f.metode() + " " + Maskering.fodselsnumre(f.sti()));
        if (f.sti().startsWith(Kontroll.PREFIX)) {
            return Svarskriver.helt(kontroll.besvar(f));
        }
        Optional<ApiEndpoint> endepunkt = ApiEndpoint.forPath(f.sti());
        if (endepunkt.isEmpty()) {
            return Svarskriver.helt(medCorrelationId(
                    Problem.svar(Problem.Type.IKKE_FUNNET, "Blåresept-APIet har ikke dette endepunktet."), f));
        }
        ApiEndpoint e = endepunkt.get();
        Optional<Feilpolicy> fault = faults.ta(e).map(Feilpolicy::av);
        Dispatcher.Behandling behandling = fault.flatMap(Feilpolicy::istedenfor)
                // unprocessed, but the record still needs to know whose call it was
                .map(svar -> new Dispatcher.Behandling(svar, Optional.of(Dispatcher.anrop(f))))
                .orElseGet(() -> dispatcher.besvar(f, e));
        flytlogg.registrer(f, e, behandling, fault.map(Feilpolicy::navn));
        Response svar = medCorrelationId(behandling.svar(), f);
        return fault.map(p -> p.skriv(svar).build()).orElseGet(() -> Svarskriver.helt(svar));
    }

    /** Echoes the correlation id as a header, and inside problem bodies as RFC 9457 extension. */
    private static Response medCorrelationId(Response svar, Foresporsel f) {
        Optional<String> id = f.correlationId();
        if (id.isEmpty()) {
            return svar;
        }
        Response medHeader = svar.withHeader(Foresporsel.CORRELATION_ID, id.get());
        if (!svar.contentType().equals("application/problem+json")) {
            return medHeader;
        }
        try {
            JsonNode body = Response.JSON.readTree(svar.body());
            ((ObjectNode) body).put("correlationId", id.get());
            return medHeader.withBody(Response.JSON.writeValueAsBytes(body));
        } catch (IOException ex) {
            throw new IllegalStateException("problem body of the mock is not JSON", ex);
        }
    }
}
