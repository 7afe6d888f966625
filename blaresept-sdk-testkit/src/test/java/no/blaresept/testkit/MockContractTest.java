package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer the mock gives — each scenario at each endpoint, each well-known patient's whole
 * process, the problem answers and the error-status faults — is validated against the contract
 * after each test ({@link MockContract}).
 */
class MockContractTest {

    @RegisterExtension
    static final BlareseptMockExtension BLARESEPT = new BlareseptMockExtension();

    private BlareseptMockServer mock;
    private RawClient client;

    @BeforeEach
    void clientForTheMock() {
        mock = BLARESEPT.mock();
        client = new RawClient(mock);
    }

    @AfterEach
    void everyAnswerMatchesTheContract() {
        assertThat(MockContract.assertResponsesMatchContract(mock)).as("answers checked").isPositive();
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void eachScenarioProgrammedForEveryoneAnswersPerContract(Scenario scenario) {
        for (ApiEndpoint endepunkt : scenario.endepunkter()) {
            mock.reset();
            mock.scenario(endepunkt, scenario);
            assertThat(client.kjorProsess(Testpasient.INGEN_VEDTAK.fodselsnummer().value())).contains(scenario.utfall().equals("UGYLDIG")
                    ? "GYLDIG false" : scenario.utfall());
            MockContract.assertResponsesMatchContract(mock);
        }
    }

    static java.util.stream.Stream<String> testpasienter() {
        return List.of(Testpasient.values()).stream().map(p -> p.fodselsnummer().value());
    }

    @ParameterizedTest
    @MethodSource("testpasienter")
    void eachTestPatientsWholeProcessAnswersPerContract(String fodselsnummer) {
        assertThat(client.kjorProsess(fodselsnummer)).isNotEmpty();
    }

    @Test
    void problemAnswersMatchTheContract() {
        assertThat(client.post(ApiEndpoint.DEL2, RawClient.skjemadata("ukjent-soknad-id", RawClient.JSON.createObjectNode()))
                .statusCode()).isEqualTo(409);
        assertThat(client.get(ApiEndpoint.STATUS.path() + "BRS-UKJENT-1").statusCode()).isEqualTo(404);
        assertThat(client.get(ApiEndpoint.VEDTAKSDOKUMENT.path() + "?dokumentreferanse=VB-1").statusCode()).isEqualTo(404);
        assertThat(client.get(ApiEndpoint.SKJEMA.path() + "?versjon=0.9").statusCode()).isEqualTo(404);
        assertThat(client.post(ApiEndpoint.VEDTAK_SOK, RawClient.JSON.createObjectNode().put("hjemmel", "X"))
                .statusCode()).isEqualTo(400);
        var data = RawClient.JSON.createObjectNode();
        String id = client.postJson(ApiEndpoint.DEL1, RawClient.foresporsel(Testpasient.INGEN_VEDTAK.fodselsnummer().value())).get("soknadId").asText();
        assertThat(client.post(ApiEndpoint.DEL2, RawClient.skjemadata(id, data)).statusCode()).isEqualTo(400);
    }

    @Test
    void missingTokenIsA401ProblemWithChallenge() throws Exception {
        HttpResponse<String> svar = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        mock.baseUrl().resolve(ApiEndpoint.SKJEMA.path()))
                .header("X-Correlation-ID", UUID.randomUUID().toString()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(svar.statusCode()).isEqualTo(401);
        assertThat(svar.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"blaresept\"");
    }

    @ParameterizedTest
    @MethodSource("statusFaults")
    void errorStatusFaultsAnswerPerContract(FaultPreset fault) {
        mock.fault(ApiEndpoint.SKJEMA, fault);
        HttpResponse<byte[]> svar = client.get(ApiEndpoint.SKJEMA.path());
        assertThat(svar.statusCode()).isEqualTo(((FaultPreset.Status) fault).status());
        assertThat(client.get(ApiEndpoint.SKJEMA.path()).statusCode()).isEqualTo(200);
    }

    static java.util.stream.Stream<FaultPreset> statusFaults() {
        return java.util.stream.Stream.of(FaultPreset.serverError(), FaultPreset.unavailable(Duration.ofSeconds(2)),
                FaultPreset.tooManyRequests(Duration.ofSeconds(1)));
    }

    @Test
    void theCheckCatchesAnAnswerThatDriftsFromTheContract() {
        client.get(ApiEndpoint.SKJEMA.path());
        byte[] utenUtfall = "{\"soknadsreferanse\":\"BRS-2026-000001\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(MockContract.validate(ApiEndpoint.SEND.path(), "POST", 200, "application/json", utenUtfall)
                .hasErrors()).isTrue();
        assertThat(MockContract.validate(URI.create("/api/blaresept/soknad/send").getPath(), "POST", 200,
                "application/json", "{\"utfall\":\"INNVILGET\"}".getBytes(StandardCharsets.UTF_8)).hasErrors())
                .isFalse();
        assertThatThrownBy(() -> {
            throw new AssertionError(MockContract.validate(ApiEndpoint.VEDTAK_SOK.path(), "POST", 200,
                    "application/json", "{\"utfall\":7}".getBytes(StandardCharsets.UTF_8)).getMessages().toString());
        }).hasMessageContaining("utfall");
    }
}
