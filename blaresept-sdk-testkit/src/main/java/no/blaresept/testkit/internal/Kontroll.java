package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.ReceivedRequest;
import no.blaresept.testkit.Scenario;

/**
 * The standalone mock's control API under {@value #PREFIX}, for EPJs not written in Java: choose the
 * next outcome per endpoint or patient, program a fault preset, reset, decide a manual case, fetch the
 * rehearsal report, list received requests with patient data and credentials masked, and fetch the
 * assumed OpenAPI contract. Documented in {@code docs/testkit.md}; {@code docs/testkit-curl.sh} walks
 * it. Every call goes through the mock's public API, so it can do no more than a Java test can.
 * Thread-safe. Not API.
 */
public final class Kontroll {

    /** The path prefix of the control API. */
    public static final String PREFIX = "/__blaresept/";

    private static final String KONTRAKT = "/no/blaresept/testkit/blaresept-api.yaml";

    private final BlareseptMockServer mock;

    /** A control API that steers this mock. */
    public Kontroll(BlareseptMockServer mock) {
        this.mock = mock;
    }

    Response besvar(Foresporsel f) {
        String hva = f.metode() + " " + f.sti().substring(PREFIX.length());
        try {
            return switch (hva) {
                case "POST scenario" -> scenario(json(f));
                case "POST fault" -> fault(json(f));
                case "POST reset" -> {
                    mock.reset();
                    yield utfort();
                }
                case "POST avgjor" -> avgjor(json(f));
                case "GET rapport" -> rapport(f);
                case "POST rapport/nullstill" -> {
                    mock.nullstillOvingsrapport();
                    yield utfort();
                }
                case "GET mottatt" -> mottatt();
                case "GET openapi.yaml" -> kontrakt();
                default -> Problem.svar(Problem.Type.IKKE_FUNNET, "Kontroll-APIet har ikke " + hva
                        + "; se docs/testkit.md.");
            };
        } catch (IllegalArgumentException e) {
            return Problem.svar(Problem.Type.UGYLDIG_FORESPORSEL, String.valueOf(e.getMessage()));
        } catch (Anrop.Avbrudd avbrudd) {
            return avbrudd.svar();
        }
    }

    /** {@code {"scenario": "AVSLAG", "endepunkt": "SEND"?, "fodselsnummer": "…"?}} */
    private Response scenario(JsonNode body) {
        Scenario scenario = verdi(Scenario.class, tekst(body, "scenario"));
        ApiEndpoint endepunkt = valgfri(body, "endepunkt").map(e -> verdi(ApiEndpoint.class, e))
                .orElse(scenario.standardEndepunkt());
        Optional<String> fnr = valgfri(body, "fodselsnummer");
        if (fnr.isPresent()) {
            mock.scenario(fnr.get(), endepunkt, scenario);
        } else {
            mock.scenario(endepunkt, scenario);
        }
        return utfort();
    }

    /**
     * {@code {"endepunkt": "SEND", "preset": "CONNECTION_RESET", "ganger": 1 | "alltid": true,
     * "millis": 3000 (LATENCY), "retryAfterSekunder": 1 (STATUS_503, STATUS_429)}}
     */
    private Response fault(JsonNode body) {
        ApiEndpoint endepunkt = verdi(ApiEndpoint.class, tekst(body, "endepunkt"));
        Duration retryAfter = Duration.ofSeconds(body.path("retryAfterSekunder").asLong(1));
        FaultPreset fault = switch (tekst(body, "preset")) {
            case "LATENCY" -> FaultPreset.latency(Duration.ofMillis(body.path("millis").asLong(3000)));
            case "STATUS_500" -> FaultPreset.serverError();
            case "STATUS_503" -> FaultPreset.unavailable(retryAfter);
            case "STATUS_429" -> FaultPreset.tooManyRequests(retryAfter);
            case "CONNECTION_RESET" -> FaultPreset.connectionReset();
            case "TRUNCATED_BODY" -> FaultPreset.truncatedBody();
            case "MALFORMED_JSON" -> FaultPreset.malformedJson();
            default -> throw new IllegalArgumentException("preset must be one of LATENCY, STATUS_500, STATUS_503,"
                    + " STATUS_429, CONNECTION_RESET, TRUNCATED_BODY, MALFORMED_JSON");
        };
        if (body.path("alltid").asBoolean(false)) {
            mock.faultAlways(endepunkt, fault);
        } else {
            mock.fault(endepunkt, fault, body.path("ganger").asInt(1));
        }
        return utfort();
    }

    /** {@code {"soknadsreferanse": "BRS-2026-001001", "innvilget": true}} */
    private Response avgjor(JsonNode body) {
        if (!body.path("innvilget").isBoolean()) {
            throw new IllegalArgumentException("innvilget must be true or false");
        }
        mock.avgjor(tekst(body, "soknadsreferanse"), body.get("innvilget").asBoolean());
        return utfort();
    }

    /** Markdown, or JSON with {@code ?format=json}. */
    private Response rapport(Foresporsel f) {
        boolean json = f.query("format").filter("json"::equals).isPresent();
        String tekst = json ? mock.ovingsrapport().json() : mock.ovingsrapport().markdown();
        return new Response(200, json ? "application/json" : "text/markdown; charset=utf-8",
                tekst.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * The received requests, oldest first: credentials, the patient's data, attachment contents and
     * every eleven-digit run masked.
     */
    private Response mottatt() {
        ArrayNode liste = Response.JSON.createArrayNode();
        for (ReceivedRequest m : mock.mottatt()) {
            ObjectNode o = liste.addObject().put("endepunkt", m.endepunkt().map(Enum::name).orElse(null))
                    .put("metode", m.method()).put("url", Maskering.fodselsnumre(m.url().toString()));
            ObjectNode headers = o.putObject("headers");
            m.headers().forEach((navn, verdier) -> headers.put(navn, hemmelig(navn) ? "***"
                    : Maskering.fodselsnumre(String.join(", ", verdier))));
            o.put("body", Maskering.fodselsnumre(body(m.body())));
        }
        return Response.ok(liste);
    }

    /**
     * A JSON body with every text of a {@code pasient} object (names, numbers) as {@code ***} and each
     * attachment's content as its length; other bodies as they came.
     */
    private static String body(String body) {
        JsonNode json;
        try {
            json = Response.JSON.readTree(body);
        } catch (IOException ikkeJson) {
            return body;
        }
        if (json == null || !json.isContainerNode()) {
            return body;
        }
        maskerPasient(json, false);
        for (JsonNode vedlegg : json.path("vedlegg")) {
            if (vedlegg.path("innhold").isTextual()) {
                ((ObjectNode) vedlegg).put("innhold", "(" + vedlegg.get("innhold").asText().length() + " tegn base64)");
            }
        }
        return json.toString();
    }

    private static void maskerPasient(JsonNode node, boolean iPasient) {
        if (node.isObject()) {
            ObjectNode objekt = (ObjectNode) node;
            objekt.fieldNames().forEachRemaining(navn -> {
                JsonNode verdi = objekt.get(navn);
                if (iPasient && verdi.isValueNode()) {
                    objekt.put(navn, "***");
                } else {
                    maskerPasient(verdi, iPasient || navn.equals("pasient"));
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> maskerPasient(n, iPasient));
        }
    }

    private static Response kontrakt() {
        try (InputStream in = Kontroll.class.getResourceAsStream(KONTRAKT)) {
            if (in == null) {
                return Problem.svar(Problem.Type.IKKE_FUNNET, "Kontrakten følger ikke med denne byggingen.");
            }
            return new Response(200, "application/yaml", in.readAllBytes(), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("the contract could not be read from the class path", e);
        }
    }

    private static boolean hemmelig(String header) {
        String navn = header.toLowerCase(Locale.ROOT);
        return navn.equals("authorization") || navn.equals("dpop") || navn.equals("cookie");
    }

    private static Response utfort() {
        return new Response(204, "application/json", new byte[0], Map.of());
    }

    private static JsonNode json(Foresporsel f) {
        return Dispatcher.anrop(f).json();
    }

    private static String tekst(JsonNode body, String felt) {
        return valgfri(body, felt).orElseThrow(() -> new IllegalArgumentException(felt + " is required"));
    }

    private static Optional<String> valgfri(JsonNode body, String felt) {
        JsonNode node = body.path(felt);
        return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static <E extends Enum<E>> E verdi(Class<E> type, String navn) {
        try {
            return Enum.valueOf(type, navn);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type.getSimpleName() + " must be one of "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }
}
