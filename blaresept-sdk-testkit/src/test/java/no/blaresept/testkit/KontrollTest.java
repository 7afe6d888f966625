package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The control API under /__blaresept/, driven over plain HTTP as a non-Java EPJ would. */
class KontrollTest {

    private static final String PASIENT = "02818512345";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static BlareseptMockServer mock;
    private static RawClient epj;

    @BeforeAll
    static void start() {
        mock = BlareseptMockServer.start();
        epj = new RawClient(mock);
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void reset() {
        assertThat(kontroll("POST", "reset", "").statusCode()).isEqualTo(204);
        assertThat(kontroll("POST", "rapport/nullstill", "").statusCode()).isEqualTo(204);
    }

    @Test
    void scenarioForEveryoneOrOnePatientChoosesTheNextOutcome() {
        assertThat(kontroll("POST", "scenario", "{\"scenario\":\"VEDTAK_AVVISNING\"}").statusCode()).isEqualTo(204);
        assertThat(kontroll("POST", "scenario", "{\"scenario\":\"SKJEMA_AVVISNING\",\"endepunkt\":\"DEL1\","
                + "\"fodselsnummer\":\"" + PASIENT + "\"}").statusCode()).isEqualTo(204);

        assertThat(epj.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(PASIENT)).get("utfall").asText())
                .isEqualTo("AVVISNING");
        assertThat(epj.postJson(ApiEndpoint.DEL1, RawClient.foresporsel(PASIENT)).get("utfall").asText())
                .isEqualTo("AVVISNING");
        assertThat(epj.postJson(ApiEndpoint.DEL1, RawClient.foresporsel(Testpasient.INGEN_VEDTAK.fodselsnummer().value())).get("utfall").asText())
                .isEqualTo("SKJEMA");
    }

    @Test
    void faultPresetStrikesTheNextCallsThenStops() {
        assertThat(kontroll("POST", "fault", "{\"endepunkt\":\"SKJEMA\",\"preset\":\"STATUS_503\",\"ganger\":2,"
                + "\"retryAfterSekunder\":7}").statusCode()).isEqualTo(204);

        HttpResponse<byte[]> forste = epj.get(ApiEndpoint.SKJEMA.path());
        assertThat(forste.statusCode()).isEqualTo(503);
        assertThat(forste.headers().firstValue("Retry-After")).contains("7");
        assertThat(epj.get(ApiEndpoint.SKJEMA.path()).statusCode()).isEqualTo(503);
        assertThat(epj.get(ApiEndpoint.SKJEMA.path()).statusCode()).isEqualTo(200);

        kontroll("POST", "fault", "{\"endepunkt\":\"SKJEMA\",\"preset\":\"CONNECTION_RESET\",\"alltid\":true}");
        for (int i = 0; i < 2; i++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> epj.get(ApiEndpoint.SKJEMA.path()))
                    .isInstanceOf(UncheckedIOException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"scenario\":\"FINNES_IKKE\"}|scenario|Scenario must be one of",
        "{}|scenario|scenario is required",
        "{\"scenario\":\"AVSLAG\",\"endepunkt\":\"DEL1\"}|scenario|cannot answer DEL1",
        "{\"scenario\":\"AVSLAG\",\"fodselsnummer\":\"123\"}|scenario|fodselsnummer must be 11 digits",
        "{\"endepunkt\":\"SEND\",\"preset\":\"BOOM\"}|fault|preset must be one of",
        "{\"endepunkt\":\"SEND\",\"preset\":\"LATENCY\",\"ganger\":0}|fault|ganger must be at least 1",
        "{\"soknadsreferanse\":\"BRS-0\",\"innvilget\":true}|avgjor|no sent application has the reference",
        "not json|scenario|ikke gyldig JSON"})
    void badControlCallsAreA400ThatSaysWhatIsWrong(String linje) {
        String[] deler = linje.split("\\|");
        HttpResponse<byte[]> svar = kontroll("POST", deler[1], deler[0]);
        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(svar.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(RawClient.json(svar).get("detail").asText()).contains(deler[2]);
    }

    @Test
    void decidingAManualCaseChangesItsStatus() {
        mock.scenario(PASIENT, Scenario.MANUELL_SAKSBEHANDLING);
        String ref = epj.postJson(ApiEndpoint.SEND, epj.utfyltSoknad(PASIENT)).get("soknadsreferanse").asText();

        assertThat(kontroll("POST", "avgjor", "{\"soknadsreferanse\":\"" + ref + "\",\"innvilget\":false}")
                .statusCode()).isEqualTo(204);

        assertThat(RawClient.json(epj.get(ApiEndpoint.STATUS.path() + ref)).get("status").asText()).isEqualTo("AVSLAG");
    }

    @Test
    void receivedRequestsAreListedWithFodselsnummerAndCredentialsMasked() {
        epj.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(PASIENT));

        HttpResponse<byte[]> svar = kontroll("GET", "mottatt", null);
        String tekst = new String(svar.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(tekst).doesNotContain(PASIENT, "test-token-abc");
        JsonNode liste = RawClient.json(svar);
        assertThat(liste).hasSize(1);
        assertThat(liste.get(0).get("endepunkt").asText()).isEqualTo("VEDTAK_SOK");
        assertThat(liste.get(0).get("headers").properties()).filteredOn(h -> h.getKey().equalsIgnoreCase("Authorization"))
                .singleElement().satisfies(h -> assertThat(h.getValue().asText()).isEqualTo("***"));
        assertThat(liste.get(0).get("body").asText()).contains("\"fodselsnummer\":\"***\"", "A10BJ06");

        mock.reset();
        com.fasterxml.jackson.databind.node.ObjectNode innsending = epj.utfyltSoknad(PASIENT);
        innsending.putArray("vedlegg").addObject().put("filnavn", "epikrise.pdf").put("mimetype", "application/pdf")
                .put("innhold", "JVBERi0xLjQK");
        epj.post(ApiEndpoint.VALIDER, innsending);
        JsonNode validert = RawClient.json(kontroll("GET", "mottatt", null));
        assertThat(validert.get(3).get("body").asText()).as("the patient's names from the form are masked too")
                .contains("\"pasient\":{\"fodselsnummer\":\"***\",\"fornavn\":\"***\",\"etternavn\":\"***\"}")
                .contains("\"innhold\":\"(12 tegn base64)\"")
                .doesNotContain(PASIENT, "JVBERi0xLjQK");
    }

    @Test
    void resetForgetsRequestsButNotTheRehearsal() {
        epj.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(PASIENT));
        kontroll("POST", "reset", "");

        assertThat(RawClient.json(kontroll("GET", "mottatt", null))).isEmpty();
        JsonNode rapport = RawClient.json(kontroll("GET", "rapport?format=json", null));
        assertThat(rapport.get("krav").findValuesAsText("krav")).contains("F-0.1", "F-3.8", "T-2.5");
        assertThat(rapport.get("sjekkliste").get(0).get("utfall").asText()).isEqualTo("VEDTAK_FUNNET");
        assertThat(rapport.get("sjekkliste").findValuesAsText("utfall")).contains("INGEN_VEDTAK");
        HttpResponse<byte[]> markdown = kontroll("GET", "rapport", null);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        assertThat(new String(markdown.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("| F-1.8 |");
    }

    @Test
    void servesTheAssumedContract() {
        HttpResponse<byte[]> svar = kontroll("GET", "openapi.yaml", null);
        assertThat(svar.statusCode()).isEqualTo(200);
        assertThat(new String(svar.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("openapi: 3")
                .contains("/api/blaresept/soknad/send");
    }

    @Test
    void wireMocksOwnAdminApiIsClosedAndUnknownControlPathsAreNotFound() throws Exception {
        HttpResponse<String> admin = HTTP.send(HttpRequest.newBuilder(mock.baseUrl().resolve("/__admin/requests")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(401);
        assertThat(kontroll("GET", "finnes-ikke", null).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<byte[]> kontroll(String metode, String sti, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/__blaresept/" + sti));
        b = body == null ? b.GET() : b.method(metode, HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(b.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
