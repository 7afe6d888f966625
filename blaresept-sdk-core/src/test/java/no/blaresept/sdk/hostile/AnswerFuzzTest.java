package no.blaresept.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.ResponseLimits;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.error.BlareseptException;
import no.blaresept.sdk.spi.RequestAuthenticator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fuzz property: {@value #PER_FAMILY} mutated answers per endpoint family — status, headers and body
 * mutations of valid answers — end as an outcome or a {@link BlareseptException}, never anything else.
 * Answers come from a test transport (no network), so the engine, the error mapping and the wire
 * mapping all see every mutation. Seeded: a failure names its seed and case, and reruns exactly.
 * (jqwik is not used: its engine tells AI agents not to use it, and this suite is written by one.)
 */
class AnswerFuzzTest {

    static final int PER_FAMILY = 10_000;
    private static final long SEED = 0x5eed_b1a2L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] STATUSES = {200, 200, 200, 200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 418, 422, 429,
        500, 502, 503, 504, 599, 100, 999};
    private static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/problem+json",
        "application/pdf", "text/html", "", ";", "application/json; charset=\"", "APPLICATION/JSON", "x/y+json"};
    private static final String[] RETRY_AFTERS = {"0", "1", "-1", "99999999999999999999", "10000000000", "soon",
        "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", " ", "1.5"};

    /** Valid answers per family, as the contract and the mock give them. */
    enum Family {
        SOK(ApiCall.SOK, "{\"utfall\":\"VEDTAK_FUNNET\",\"meldinger\":[{\"kode\":\"I1\",\"tekst\":\"t\"}],\"vedtak\":[{"
                + "\"vedtaksId\":\"V1\",\"hjemmel\":\"BLARESEPTFORSKRIFTEN_3\",\"produkt\":{\"produkttype\":\"LEGEMIDDEL\","
                + "\"atcKode\":\"A10BJ06\"},\"gyldigFra\":\"2026-01-01\",\"gyldigTil\":\"2027-01-01\",\"vilkar\":[\"v\"],"
                + "\"tekster\":[{\"overskrift\":\"o\",\"tekst\":\"t\"}],\"maLeseVedtaksdokument\":true,"
                + "\"dokumentreferanse\":\"DOK-42\"}],\"soknadsreferanse\":\"BRS-2026-000123\"}"),
        DOKUMENT(ApiCall.DOKUMENT, "%PDF-1.7 vedtaksbrev"),
        DOKUMENTFIL(ApiCall.DOKUMENTFIL, "%PDF-1.7 vedtaksbrev"),
        DEL(ApiCall.DEL1, "{\"utfall\":\"SKJEMA\",\"soknadId\":\"SOK-12345678\",\"skjemaversjon\":\"2.1\","
                + "\"skjema\":{\"type\":\"object\"},\"skjemadata\":{\"a\":1},\"meldinger\":[{\"kode\":\"W\",\"tekst\":\"t\"}]}"),
        VALIDER(ApiCall.VALIDER, "{\"gyldig\":false,\"feil\":[{\"sti\":\"/a\",\"kode\":\"K\",\"tekst\":\"t\"}]}"),
        SEND(ApiCall.SEND, "{\"utfall\":\"INNVILGET\",\"soknadsreferanse\":\"BRS-2026-000123\",\"kvittering\":{"
                + "\"hjemmel\":\"BLARESEPTFORSKRIFTEN_3\",\"produkt\":{\"produkttype\":\"LEGEMIDDEL\"},\"gyldigFra\":"
                + "\"2026-02-01\",\"vilkar\":[\"v\"],\"tekster\":[{\"tekst\":\"t\"}]},\"avslagsgrunner\":[{\"kode\":\"A\","
                + "\"tekst\":\"t\"}],\"meldinger\":[]}"),
        STATUS(ApiCall.STATUS, "{\"soknadsreferanse\":\"BRS-2026-000123\",\"status\":\"AVSLAG\",\"sistEndret\":"
                + "\"2026-01-01T12:00:00+01:00\",\"avslagsgrunner\":[{\"kode\":\"A\",\"tekst\":\"t\"}]}"),
        SKJEMA(ApiCall.SKJEMA, "{\"skjemaversjon\":\"2.1\",\"skjema\":{\"type\":\"object\",\"properties\":{}}}");

        final ApiCall call;
        final String valid;

        Family(ApiCall call, String valid) {
            this.call = call;
            this.valid = valid;
        }

        boolean pdf() {
            return call == ApiCall.DOKUMENT || call == ApiCall.DOKUMENTFIL;
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void mutatedAnswersEndTypedAlways(Family family) {
        Random random = new Random(SEED ^ family.ordinal());
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List<String> escaped = new ArrayList<>();
        Answer[] next = new Answer[1];
        try (BlareseptClient client = BlareseptClient.builder().baseUri(URI.create("http://fuzz.invalid"))
                .epjSystem("Fuzz", "1.0").authentication(RequestAuthenticator.bearer(scope -> "fuzz-token"))
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1)))
                .timeouts(new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofMillis(500)))
                .responseLimits(new ResponseLimits(16 * 1024, 16 * 1024))
                .transport(request -> FakeResponse.of(request, next[0].status, next[0].headers, next[0].body)).build()) {
            for (int i = 0; i < PER_FAMILY; i++) {
                next[0] = mutate(family, random);
                ApiCall.tomDokumentmappe();
                String outcome;
                try {
                    family.call.make(client);
                    outcome = "ok";
                } catch (BlareseptException e) {
                    outcome = e.getClass().getSimpleName();
                } catch (RuntimeException | Error e) {
                    outcome = "ESCAPED " + e.getClass().getName();
                    escaped.add("case " + i + " (seed " + SEED + "): " + e);
                }
                outcomes.merge(outcome, 1, Integer::sum);
                int files = family.call == ApiCall.DOKUMENTFIL ? ApiCall.dokumentmappe().size() : 0;
                if (files != (family.call == ApiCall.DOKUMENTFIL && outcome.equals("ok") ? 1 : 0)) {
                    escaped.add("case " + i + " (seed " + SEED + "): " + outcome + " left " + files + " files");
                }
            }
        }
        System.out.println("Fuzz " + family + ": " + PER_FAMILY + " answers -> " + outcomes);
        assertThat(escaped).as("answers that ended outside BlareseptException or left a file behind").isEmpty();
        assertThat(outcomes.keySet()).as("the mutations reach both outcomes and errors").contains("ok").hasSizeGreaterThan(3);
    }

    /** One mutated answer. */
    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    }

    private static Answer mutate(Family family, Random r) {
        int status = r.nextInt(3) == 0 ? STATUSES[r.nextInt(STATUSES.length)] : 200;
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String type = family.pdf() ? "application/pdf" : "application/json";
        headers.put("Content-Type", List.of(r.nextInt(4) == 0 ? CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)] : type));
        if (r.nextInt(4) == 0) {
            headers.put("Retry-After", List.of(RETRY_AFTERS[r.nextInt(RETRY_AFTERS.length)]));
        }
        if (r.nextInt(6) == 0) {
            headers.put("Content-Disposition", List.of(r.nextBoolean() ? "inline; filename=\"../../x.pdf\"" : "filename=\""));
        }
        if (r.nextInt(8) == 0) {
            headers.put("WWW-Authenticate", List.of("DPoP error=\"use_dpop_nonce\""));
        }
        return new Answer(status, headers, body(family, r));
    }

    private static byte[] body(Family family, Random r) {
        byte[] valid = family.valid.getBytes(StandardCharsets.UTF_8);
        switch (r.nextInt(6)) {
            case 0:
                return valid;
            case 1:
                return bytes(valid, r);
            default:
                return family.pdf() ? bytes(valid, r) : tree(valid, r);
        }
    }

    // Byte-level: truncate, flip, insert, or make empty / huge.
    private static byte[] bytes(byte[] valid, Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return java.util.Arrays.copyOf(valid, r.nextInt(valid.length));
            case 5:
                return "[".repeat(5000).getBytes(StandardCharsets.US_ASCII);
            case 1: {
                byte[] b = valid.clone();
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                return b;
            }
            case 2:
                return new byte[0];
            case 3:
                return new byte[20 * 1024];
            default: {
                byte[] b = new byte[valid.length + 1];
                int at = r.nextInt(valid.length);
                System.arraycopy(valid, 0, b, 0, at);
                String syntax = "{}[]\",:\\0n";
                b[at] = (byte) syntax.charAt(r.nextInt(syntax.length()));
                System.arraycopy(valid, at, b, at + 1, valid.length - at);
                return b;
            }
        }
    }

    // Structure-level: replace, remove or nest a random node of the valid answer.
    private static byte[] tree(byte[] valid, Random r) {
        try {
            JsonNode root = JSON.readTree(valid);
            int mutations = 1 + r.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                mutateSomewhere(root, r);
            }
            return JSON.writeValueAsBytes(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the valid answers are JSON", e);
        }
    }

    private static void mutateSomewhere(JsonNode node, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(node, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        JsonNode replacement = hostileValue(r);
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            if (r.nextInt(4) == 0) {
                object.remove(name);
            } else {
                object.set(name, replacement);
            }
        } else if (target instanceof ArrayNode array) {
            if (array.size() > 0 && r.nextBoolean()) {
                array.set(r.nextInt(array.size()), replacement);
            } else {
                array.add(replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private static JsonNode hostileValue(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (r.nextInt(12)) {
            case 0: return f.nullNode();
            case 1: return f.numberNode(r.nextLong());
            case 2: return f.numberNode(new java.math.BigDecimal("1e400"));
            case 3: return f.textNode("");
            case 4: return f.textNode("x".repeat(r.nextInt(2000)));
            case 5: return f.booleanNode(r.nextBoolean());
            case 6: return f.arrayNode().add(f.nullNode());
            case 7: return f.objectNode();
            case 8: return f.textNode("2026-13-45");
            case 9: return f.textNode("01859012325");
            case 10: {
                ArrayNode deep = f.arrayNode();
                ArrayNode at = deep;
                for (int i = 0; i < 300; i++) { // three of these nested stay under the writer's limit of 1000; deeper come as raw bytes
                    at = at.addArray();
                }
                return deep;
            }
            default: return f.textNode("NY_KODE");
        }
    }
}
