package no.blaresept.examples.skjema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.blaresept.schema.Eksempelskjema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkjemaCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path mappe;
    private final ByteArrayOutputStream ut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream feil = new ByteArrayOutputStream();

    @Test
    void diffPrintsTheClassificationAndEveryChange() throws IOException {
        Path gammel = skriv("gammel.json", Eksempelskjema.soknad().toString());
        Path ny = skriv("ny.json", Eksempelskjema.of(Eksempelskjema.Del.SOKNAD_MAJOR).toString());

        int kode = kjor("", "diff", gammel.toString(), ny.toString());

        assertThat(kode).isZero();
        JsonNode resultat = JSON.readTree(ut.toString(StandardCharsets.UTF_8));
        assertThat(resultat.get("classification").asText()).isEqualTo("MAJOR");
        assertThat(resultat.get("changes")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.get("path").asText()).startsWith("/");
            assertThat(c.get("change").asText()).isNotBlank();
            assertThat(c.get("classification").asText()).isIn("MINOR", "MAJOR");
        });
        assertThat(ut.toString(StandardCharsets.UTF_8).strip().lines()).hasSize(1);
    }

    @Test
    void diffWarnsOnStderrWhenTheVersionDoesNotFit() throws IOException {
        Path gammel = skriv("gammel.json", "{\"version\": \"1.0.0\"}");
        Path ny = skriv("ny.json", "{\"version\": \"1.1.0\", \"properties\": {\"g\": {\"type\": \"object\"}}}");

        assertThat(kjor("", "diff", gammel.toString(), ny.toString())).isZero();
        assertThat(JSON.readTree(ut.toString(StandardCharsets.UTF_8)).get("classification").asText()).isEqualTo("MAJOR");
        assertThat(feil.toString(StandardCharsets.UTF_8)).contains("Advarsel", "1.0.0", "1.1.0");
    }

    @Test
    void validatePrintsOneLinePerDocument() throws IOException {
        Path skjema = skriv("skjema.json", "{\"properties\": {\"a\": {\"type\": \"integer\"}}, \"required\": [\"a\"]}");

        int kode = kjor("{\"a\": 1}\n\n{\"a\": \"x\"}\n{}\nikke json\n[1]\n", "validate", skjema.toString());

        assertThat(kode).isEqualTo(SkjemaCli.UGYLDIGE_DOKUMENTER);
        List<JsonNode> linjer = ut.toString(StandardCharsets.UTF_8).lines().map(SkjemaCliTest::tre).toList();
        assertThat(linjer).hasSize(5);
        assertThat(linjer.get(0)).isEqualTo(tre("{\"valid\": true, \"errors\": []}"));
        assertThat(linjer.get(1)).isEqualTo(tre(
                "{\"valid\": false, \"errors\": [{\"path\": \"/a\", \"code\": \"TYPE\", \"message\": \"Verdien har feil type.\"}]}"));
        assertThat(linjer.get(2).at("/errors/0/code").asText()).isEqualTo("PAKREVD");
        assertThat(linjer.get(3).at("/errors/0/code").asText()).isEqualTo("UGYLDIG_JSON");
        assertThat(linjer.get(4).at("/errors/0/code").asText()).isEqualTo("UGYLDIG_SVAR");
    }

    @Test
    void validateExitsZeroWhenAllDocumentsAreValid() throws IOException {
        Path skjema = skriv("skjema.json", "{\"properties\": {\"a\": {\"type\": \"integer\"}}}");

        assertThat(kjor("{\"a\": 1}\n{}\n", "validate", skjema.toString())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"finnes-ikke.json", "ugyldig.json", "ondsinnet.json"})
    void badFilesGiveAMessageAndExitCodeTwo(String fil) throws IOException {
        skriv("ugyldig.json", "{\"properties\": ");
        skriv("ondsinnet.json", "{\"properties\": {\"x\": {\"pattern\": \"((\"}}}");
        String sti = mappe.resolve(fil).toString();

        assertThat(kjor("", "validate", sti)).isEqualTo(SkjemaCli.FEIL);
        assertThat(kjor("", "diff", sti, sti)).isEqualTo(SkjemaCli.FEIL);
        assertThat(feil.toString(StandardCharsets.UTF_8)).isNotBlank().doesNotContain("Exception", "\tat ");
        assertThat(ut.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "diff", "diff a.json", "validate", "hjelp me"})
    void wrongUsageShowsHowToUseIt(String argumenter) {
        assertThat(kjor("", argumenter.isEmpty() ? new String[0] : argumenter.split(" "))).isEqualTo(SkjemaCli.FEIL);
        assertThat(feil.toString(StandardCharsets.UTF_8)).contains("Bruk:");
    }

    private int kjor(String stdin, String... args) {
        return SkjemaCli.kjor(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(ut, true, StandardCharsets.UTF_8), new PrintStream(feil, true, StandardCharsets.UTF_8));
    }

    private Path skriv(String navn, String innhold) throws IOException {
        return Files.writeString(mappe.resolve(navn), innhold, StandardCharsets.UTF_8);
    }

    private static JsonNode tre(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
