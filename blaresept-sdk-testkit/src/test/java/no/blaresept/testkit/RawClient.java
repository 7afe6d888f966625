package no.blaresept.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Plain java.net.http calls to the mock, as a client in another language would make them; used to
 * test the mock itself independently of the SDK client.
 */
final class RawClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    RawClient(BlareseptMockServer mock) {
        this.base = mock.baseUrl();
    }

    HttpResponse<byte[]> post(ApiEndpoint endepunkt, JsonNode body) {
        return send(builder(endepunkt.path()).POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json").build());
    }

    /** A POST as a careless client makes it: without {@code X-Correlation-ID}. */
    HttpResponse<byte[]> postUtenCorrelationId(ApiEndpoint endepunkt, JsonNode body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(endepunkt.path()))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer test-token-abc")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        return send(b.build());
    }

    HttpResponse<byte[]> get(String pathAndQuery) {
        return send(builder(pathAndQuery).GET().build());
    }

    JsonNode postJson(ApiEndpoint endepunkt, JsonNode body) {
        return json(post(endepunkt, body));
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder builder(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer test-token-abc")
                .header("X-Correlation-ID", UUID.randomUUID().toString())
                .header("User-Agent", "blaresept-sdk/0.1.0 (EPJ: Testjournal/1.0)");
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A decision-lookup or del1 body for a patient and a drug. */
    static ObjectNode foresporsel(String fodselsnummer) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("pasient").put("fodselsnummer", fodselsnummer);
        body.put("hjemmel", "BLARESEPTFORSKRIFTEN_3");
        body.putObject("produkt").put("produkttype", "LEGEMIDDEL").put("atcKode", "A10BJ06");
        return body;
    }

    /** Answers to part 1 that satisfy its schema. */
    static ObjectNode del1Svar(JsonNode prefilled) {
        ObjectNode data = prefilled.deepCopy();
        ((ObjectNode) data.get("legemiddel")).put("dosering", "0,25 mg én gang i uken, økes til 0,5 mg etter fire uker");
        return data;
    }

    /** Answers to part 2 that satisfy its schema. */
    static ObjectNode del2Svar(JsonNode del1Data) {
        ObjectNode data = del1Data.deepCopy();
        data.putArray("diagnoser").addObject().put("kodeverk", "ICD-10").put("kode", "E11");
        return data;
    }

    /** Answers to part 3 (complete) that satisfy the schema. */
    static ObjectNode komplett(JsonNode del2Data) {
        ObjectNode data = del2Data.deepCopy();
        data.putObject("erklaering").put("bekreftetRiktig", true);
        return data;
    }

    static ObjectNode skjemadata(String soknadId, JsonNode data) {
        ObjectNode body = JSON.createObjectNode().put("soknadId", soknadId).put("skjemaversjon", "1.0.0");
        body.set("skjemadata", data);
        return body;
    }

    /**
     * Runs the whole process for a patient as far as the answers allow, choosing "go on" at every
     * step, and returns the outcome of each step in order (e.g. {@code [INGEN_VEDTAK, SKJEMA, ...]}).
     */
    java.util.List<String> kjorProsess(String fodselsnummer) {
        java.util.List<String> utfall = new java.util.ArrayList<>();
        JsonNode oppslag = postJson(ApiEndpoint.VEDTAK_SOK, foresporsel(fodselsnummer));
        utfall.add(oppslag.get("utfall").asText());
        for (JsonNode v : oppslag.path("vedtak")) {
            if (v.has("dokumentreferanse")) {
                utfall.add("DOKUMENT " + get(ApiEndpoint.VEDTAKSDOKUMENT.path() + "?dokumentreferanse="
                        + v.get("dokumentreferanse").asText()).statusCode());
            }
        }
        JsonNode del = postJson(ApiEndpoint.DEL1, foresporsel(fodselsnummer));
        utfall.add(del.get("utfall").asText());
        java.util.List<java.util.function.UnaryOperator<JsonNode>> svar = java.util.List.of(
                d -> del1Svar(d), d -> del2Svar(d));
        ApiEndpoint[] neste = {ApiEndpoint.DEL2, ApiEndpoint.DEL3};
        for (int i = 0; i < neste.length; i++) {
            if (!del.has("skjema")) {
                return utfall;
            }
            del = postJson(neste[i], skjemadata(del.get("soknadId").asText(), svar.get(i).apply(del.get("skjemadata"))));
            utfall.add(del.get("utfall").asText());
        }
        if (!del.has("skjema")) {
            return utfall;
        }
        ObjectNode innsending = skjemadata(del.get("soknadId").asText(), komplett(del.get("skjemadata")));
        utfall.add("GYLDIG " + postJson(ApiEndpoint.VALIDER, innsending).get("gyldig").asBoolean());
        JsonNode sendt = postJson(ApiEndpoint.SEND, innsending);
        utfall.add(sendt.get("utfall").asText());
        if (sendt.has("soknadsreferanse")) {
            utfall.add("STATUS " + json(get(ApiEndpoint.STATUS.path() + sendt.get("soknadsreferanse").asText()))
                    .get("status").asText());
        }
        return utfall;
    }

    /** Walks del1..del3 for the patient and returns the body for valider/send. */
    ObjectNode utfyltSoknad(String fodselsnummer) {
        JsonNode del1 = postJson(ApiEndpoint.DEL1, foresporsel(fodselsnummer));
        String id = del1.get("soknadId").asText();
        JsonNode del2 = postJson(ApiEndpoint.DEL2, skjemadata(id, del1Svar(del1.get("skjemadata"))));
        JsonNode del3 = postJson(ApiEndpoint.DEL3, skjemadata(id, del2Svar(del2.get("skjemadata"))));
        return skjemadata(id, komplett(del3.get("skjemadata")));
    }
}
