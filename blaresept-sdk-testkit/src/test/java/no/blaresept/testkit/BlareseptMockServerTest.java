package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlareseptMockServerTest {

    private static BlareseptMockServer mock;
    private static RawClient client;

    @BeforeAll
    static void start() {
        mock = BlareseptMockServer.start();
        client = new RawClient(mock);
    }

    @AfterAll
    static void stop() {
        mock.close();
    }

    @BeforeEach
    void reset() {
        mock.reset();
    }

    @Test
    void listensOnLoopbackWithRandomPort() {
        assertThat(mock.baseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(mock.port()).isPositive();
    }

    @Test
    void happyPathRunsFromLookupToGrantAndStatus() {
        assertThat(client.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(Testpasient.INGEN_VEDTAK.fodselsnummer().value()))
                .get("utfall").asText()).isEqualTo("INGEN_VEDTAK");
        ObjectNode innsending = client.utfyltSoknad(Testpasient.INGEN_VEDTAK.fodselsnummer().value());

        assertThat(client.postJson(ApiEndpoint.VALIDER, innsending).get("gyldig").asBoolean()).isTrue();
        JsonNode sendt = client.postJson(ApiEndpoint.SEND, innsending);
        assertThat(sendt.get("utfall").asText()).isEqualTo("INNVILGET");
        assertThat(sendt.at("/kvittering/produkt/navn").asText()).isEqualTo("Ozempic (semaglutid)");

        String ref = sendt.get("soknadsreferanse").asText();
        JsonNode status = RawClient.json(client.get(ApiEndpoint.STATUS.path() + ref));
        assertThat(status.get("status").asText()).isEqualTo("INNVILGET");
    }

    @Test
    void sentApplicationShowsUpInLaterDecisionLookup() {
        mock.scenario(Testpasient.INGEN_VEDTAK.fodselsnummer().value(), Scenario.MANUELL_SAKSBEHANDLING);
        String ref = client.postJson(ApiEndpoint.SEND, client.utfyltSoknad(Testpasient.INGEN_VEDTAK.fodselsnummer().value()))
                .get("soknadsreferanse").asText();

        JsonNode oppslag = client.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));

        assertThat(oppslag.get("utfall").asText()).isEqualTo("SOKNAD_TIL_BEHANDLING");
        assertThat(oppslag.get("soknadsreferanse").asText()).isEqualTo(ref);
    }

    @Test
    void del2BeforeDel1IsAConflict() {
        HttpResponse<byte[]> svar = client.post(ApiEndpoint.DEL2,
                RawClient.skjemadata("aaaaaaaa-0000-0000-0000-000000000000", RawClient.JSON.createObjectNode()));

        assertThat(svar.statusCode()).isEqualTo(409);
        assertThat(svar.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void racingSendsOfOneApplicationLetExactlyOneThrough() throws Exception {
        ObjectNode innsending = client.utfyltSoknad(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> svar = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                svar.add(pool.submit(() -> {
                    start.await();
                    return client.post(ApiEndpoint.SEND, innsending).statusCode();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuser = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : svar) {
                statuser.add(f.get());
            }
            assertThat(statuser).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void secondSendOfTheSameApplicationIsRefusedAsDuplicate() {
        ObjectNode innsending = client.utfyltSoknad(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        assertThat(client.post(ApiEndpoint.SEND, innsending).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> igjen = client.post(ApiEndpoint.SEND, innsending);

        assertThat(igjen.statusCode()).isEqualTo(409);
        assertThat(RawClient.json(igjen).get("type").asText()).endsWith("/allerede-sendt");
    }
}
