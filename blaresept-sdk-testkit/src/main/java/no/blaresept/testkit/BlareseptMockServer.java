package no.blaresept.testkit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.internal.Kontroll;
import no.blaresept.testkit.internal.MockApi;
import no.blaresept.testkit.internal.WireMockLogg;

/**
 * A mock of the Blåresept API (the assumed contract in {@code docs/api/blaresept-api.yaml}) on an
 * embedded WireMock server bound to the loopback interface: every endpoint, realistic synthetic
 * Norwegian data, state per application (del1 → del2 → del3 → valider → send → status), a
 * {@link Scenario} per outcome, and {@link FaultPreset fault presets}. Serves G-2: vendors rehearse
 * every outcome before the system test in Helsedirektoratet's test environment.
 *
 * <pre>{@code
 * try (BlareseptMockServer mock = BlareseptMockServer.start()) {
 *     mock.scenario(Scenario.AVSLAG);
 *     mock.fault(ApiEndpoint.VEDTAK_SOK, FaultPreset.unavailable(Duration.ofSeconds(1)));
 *     // point the client at mock.baseUrl() ...
 * }
 * }</pre>
 *
 * <p>Thread-safe: the server answers concurrent requests, and programming it while requests are in
 * flight is safe (a request sees the programming before or after a change, never half of it).
 */
public final class BlareseptMockServer implements AutoCloseable {

    /** The EPJ system name {@link #clientBuilder()} configures. */
    public static final String EPJ_NAVN = "Testkit-EPJ";
    /** The EPJ system version {@link #clientBuilder()} configures. */
    public static final String EPJ_VERSJON = "1.0";
    /** The start of the fixed test tokens {@link #clientBuilder()} sends; never a real token. */
    public static final String TESTTOKEN_PREFIX = "testkit-token-";

    private static final Pattern ELLEVE_SIFRE = Pattern.compile("^[0-9]{11}$");

    private final WireMockServer server;
    private final MockApi api;

    private BlareseptMockServer(Builder builder) {
        this.api = new MockApi(builder.accessCheck, new Kontroll(this));
        this.server = new WireMockServer(WireMockConfiguration.options()
                .bindAddress(builder.bindAddress)
                .port(builder.port)
                // WireMock's own admin API would hand out request bodies with fødselsnumre; the
                // mock's control API (under /__blaresept/) replaces it.
                .adminAuthenticator(request -> false)
                .notifier(new WireMockLogg())
                // WireMock would write every request with its whole answer (a form part: 25–46 KB) as JSON
                // text for a log line the notifier cuts to one line; the mock logs that line itself.
                .stubRequestLoggingDisabled(true)
                .extensions(api));
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(MockApi.NAVN)));
        server.start();
    }

    /** Starts a mock on a random loopback port with the default access check. */
    public static BlareseptMockServer start() {
        return builder().start();
    }

    /** A builder for a mock with a chosen port or access check. */
    public static Builder builder() {
        return new Builder();
    }

    /** The base URL to configure the client with, e.g. {@code http://127.0.0.1:53124}. */
    public URI baseUrl() {
        return URI.create("http://" + server.getOptions().bindAddress() + ":" + server.port());
    }

    /**
     * A client builder aimed at this mock: its base URL, the EPJ system {@value #EPJ_NAVN}
     * {@value #EPJ_VERSJON}, and a fixed bearer token per scope ({@value #TESTTOKEN_PREFIX} + scope)
     * that the default access check accepts. Change anything before {@code build()}; e.g. set
     * {@code authentication(...)} to a HelseID provider against the mock STS.
     */
    public BlareseptClient.Builder clientBuilder() {
        return BlareseptClient.builder()
                .baseUri(baseUrl())
                .epjSystem(EPJ_NAVN, EPJ_VERSJON)
                .accessTokenSource(scope -> TESTTOKEN_PREFIX + scope.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The port the mock listens on. */
    public int port() {
        return server.port();
    }

    /** Every patient gets this outcome at the scenario's own endpoint (for form outcomes: del1). */
    public BlareseptMockServer scenario(Scenario scenario) {
        return scenario(scenario.standardEndepunkt(), scenario);
    }

    /** Every patient gets this outcome at this endpoint, e.g. {@code SKJEMA_AVVISNING} at del2. */
    public BlareseptMockServer scenario(ApiEndpoint endepunkt, Scenario scenario) {
        api.scenario(Optional.empty(), Objects.requireNonNull(endepunkt, "endepunkt"),
                Objects.requireNonNull(scenario, "scenario"));
        return this;
    }

    /** A well-known test patient gets this outcome, e.g. {@code scenario(Testpasient.INGEN_VEDTAK, Scenario.AVSLAG)}. */
    public BlareseptMockServer scenario(Testpasient pasient, Scenario scenario) {
        return scenario(Objects.requireNonNull(pasient, "pasient").fodselsnummer().value(), scenario);
    }

    /** One patient gets this outcome at the scenario's own endpoint. */
    public BlareseptMockServer scenario(String fodselsnummer, Scenario scenario) {
        return scenario(fodselsnummer, scenario.standardEndepunkt(), scenario);
    }

    /**
     * One patient gets this outcome at this endpoint.
     *
     * @param fodselsnummer 11 digits
     * @throws IllegalArgumentException when the number is not 11 digits or the scenario cannot
     *                                  answer the endpoint
     */
    public BlareseptMockServer scenario(String fodselsnummer, ApiEndpoint endepunkt, Scenario scenario) {
        Objects.requireNonNull(fodselsnummer, "fodselsnummer");
        if (!ELLEVE_SIFRE.matcher(fodselsnummer).matches()) {
            throw new IllegalArgumentException("fodselsnummer must be 11 digits");
        }
        api.scenario(Optional.of(fodselsnummer), Objects.requireNonNull(endepunkt, "endepunkt"),
                Objects.requireNonNull(scenario, "scenario"));
        return this;
    }

    /** The next call to the endpoint meets the fault. */
    public BlareseptMockServer fault(ApiEndpoint endepunkt, FaultPreset fault) {
        return fault(endepunkt, fault, 1);
    }

    /**
     * The next {@code ganger} calls to the endpoint meet the fault; later ones are answered normally.
     *
     * @throws IllegalArgumentException when {@code ganger} is less than 1
     */
    public BlareseptMockServer fault(ApiEndpoint endepunkt, FaultPreset fault, int ganger) {
        if (ganger < 1) {
            throw new IllegalArgumentException("ganger must be at least 1, was " + ganger);
        }
        api.fault(Objects.requireNonNull(endepunkt, "endepunkt"), Objects.requireNonNull(fault, "fault"), ganger);
        return this;
    }

    /** Every call to the endpoint meets the fault, until {@link #reset()}. */
    public BlareseptMockServer faultAlways(ApiEndpoint endepunkt, FaultPreset fault) {
        api.fault(Objects.requireNonNull(endepunkt, "endepunkt"), Objects.requireNonNull(fault, "fault"), -1);
        return this;
    }

    /**
     * Moves the service to a published schema version, as when Helsedirektoratet publishes a new one: from
     * then on {@code getSoknadSkjema} answers with it, del1–del3 fill it in, and valider/send accept only it
     * (an application of the version before is answered as outdated). The mock publishes the sample schema's
     * {@code 1.0.0} (current at start), the minor {@code 1.1.0} and the major {@code 2.0.0}; {@link #reset()}
     * moves back to {@code 1.0.0}.
     *
     * @param versjon a published version
     * @throws IllegalArgumentException when the mock publishes no such version
     */
    public BlareseptMockServer skjemaversjon(String versjon) {
        api.skjemaversjon(Objects.requireNonNull(versjon, "versjon"));
        return this;
    }

    /** Replaces the check of each request's credentials (see {@link ApiAccessCheck}). */
    public BlareseptMockServer accessCheck(ApiAccessCheck check) {
        api.accessCheck(Objects.requireNonNull(check, "check"));
        return this;
    }

    /**
     * Decides an application in manual processing, as Helfo's case officer would: later status
     * lookups answer {@code INNVILGET} (with receipt) or {@code AVSLAG} (with reasons). Serves F-3.8.
     *
     * @throws IllegalArgumentException when no sent application has this reference
     */
    public BlareseptMockServer avgjor(String soknadsreferanse, boolean innvilget) {
        Objects.requireNonNull(soknadsreferanse, "soknadsreferanse");
        if (!api.settStatus(soknadsreferanse, innvilget ? "INNVILGET" : "AVSLAG")) {
            throw new IllegalArgumentException("no sent application has the reference " + soknadsreferanse);
        }
        return this;
    }

    /**
     * Every request to the API received since start or the last {@link #reset()}, oldest first
     * (calls to the control API are not among them).
     */
    public List<ReceivedRequest> mottatt() {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream().map(e -> mottatt(e.getRequest()))
                .filter(m -> !m.url().getPath().startsWith(Kontroll.PREFIX)).toList();
    }

    /** The requests received by one endpoint, oldest first. */
    public List<ReceivedRequest> mottatt(ApiEndpoint endepunkt) {
        return mottatt().stream().filter(m -> m.endepunkt().equals(Optional.of(endepunkt))).toList();
    }

    /**
     * The approval rehearsal report on every call since start or {@link #nullstillOvingsrapport()}:
     * per requirement exercised or not, kept or broken with evidence, and the outcomes not met yet.
     * {@link #reset()} does not clear it, so it covers a whole test run.
     */
    public Ovingsrapport ovingsrapport() {
        return api.rapport();
    }

    /** Starts the rehearsal report afresh. */
    public void nullstillOvingsrapport() {
        api.nullstillRapport();
    }

    /** WireMock's record of requests and answers, newest first; for the contract tests. */
    List<ServeEvent> serveEvents() {
        return server.getAllServeEvents();
    }

    /**
     * Forgets applications, programmed scenarios and faults, and received requests, and moves back to the first
     * schema version, as before each test; keeps the port, the access check and the rehearsal report.
     */
    public void reset() {
        api.nullstill();
        server.resetRequests();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop();
    }

    /** Names the mock by its URL. */
    @Override
    public String toString() {
        return "BlareseptMockServer[" + baseUrl() + "]";
    }

    private static ReceivedRequest mottatt(LoggedRequest req) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader h : req.getHeaders().all()) {
            headers.put(h.key(), h.values());
        }
        URI url = URI.create(req.getUrl());
        byte[] body = req.getBody();
        return new ReceivedRequest(ApiEndpoint.forPath(url.getPath()), req.getMethod().getName(), url, headers,
                body == null ? "" : new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Configures a mock before it starts. Not thread-safe; use from one thread.
     */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private ApiAccessCheck accessCheck = ApiAccessCheck.requireAuthorizationHeader();

        private Builder() {
        }

        /** A fixed port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to listen on; the loopback address by default. */
        public Builder bindAddress(String bindAddress) {
            this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
            return this;
        }

        /** The check of each request's credentials; {@link ApiAccessCheck#requireAuthorizationHeader()} by default. */
        public Builder accessCheck(ApiAccessCheck accessCheck) {
            this.accessCheck = Objects.requireNonNull(accessCheck, "accessCheck");
            return this;
        }

        /** Starts the mock. */
        public BlareseptMockServer start() {
            return new BlareseptMockServer(this);
        }
    }
}
