package no.blaresept.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LevendeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SkjemaModell modell = Testskjema.modell();
    private Svar svar = Svar.empty().med("/fnr", TextNode.valueOf("12857840060"));

    /** Posts one change as the page does; keeps the new answers like the server does. */
    private Optional<JsonNode> endre(byte[] kropp) throws Exception {
        Optional<Levende.Resultat> resultat = Levende.endre(modell, svar, kropp);
        if (resultat.isEmpty()) {
            return Optional.empty();
        }
        svar = resultat.get().svar();
        return Optional.of(JSON.readTree(resultat.get().json()));
    }

    private Optional<JsonNode> endre(String sti, String verdi) throws Exception {
        return endre(JSON.createObjectNode().put("sti", sti).put("verdi", verdi).toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void answerShowsTheBranchAndTheChangedFieldsErrors() throws Exception {
        JsonNode side = endre("/tolk", "true").orElseThrow();
        assertThat(side.toString()).contains("{\"sti\":\"/sprak\",\"synlig\":true,\"pakrevd\":true}");
        assertThat(endre("/antall", "12,5").orElseThrow().at("/feil/~1antall")).isNotEmpty();
        assertThat(endre("/antall", "12").orElseThrow().at("/feil/~1antall")).isEmpty();
        assertThat(svar.verdi("/antall").orElseThrow().asLong()).isEqualTo(12);
    }

    @Test
    void hidingABranchRemovesItsValue() throws Exception {
        endre("/tolk", "true");
        endre("/sprak", "Engelsk");
        endre("/tolk", "false");
        assertThat(svar.harVerdi("/sprak")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/fnr", "/finnes-ikke", "", "/liste/-/filnavn", "/liste", "not a pointer"})
    void refusesFieldsThePageHasNoInputFor(String sti) throws Exception {
        Svar for_ = svar;
        assertThat(endre(sti, "x")).isEmpty();
        assertThat(svar).isEqualTo(for_);
        assertThat(svar.verdi("/fnr").orElseThrow().asText()).isEqualTo("12857840060");
    }

    @Test
    void refusesBodiesThatAreNotAChange() {
        for (String kropp : new String[] {"", "[]", "{\"sti\":\"/navn\",\"verdi\":{}}", "{\"sti\":\"/navn\"}", "\u0000{"}) {
            assertThat(Levende.endre(modell, svar, kropp.getBytes(StandardCharsets.UTF_8))).as(kropp).isEmpty();
        }
    }

    @Test
    void attachmentIsKeptOnlyWhenTheModelAcceptsIt() throws Exception {
        svar = svar.med("/liste/0/filnavn", TextNode.valueOf(""));
        String png = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        JsonNode avvist = endre("/liste/0/fil", png).orElseThrow();
        assertThat(avvist.at("/feil/~1liste~10~1fil")).isNotEmpty();
        assertThat(svar.harVerdi("/liste/0/fil")).isFalse();

        String pdf = Base64.getEncoder().encodeToString("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        byte[] kropp = JSON.createObjectNode().put("sti", "/liste/0/fil").put("verdi", pdf).put("filnavn", "epikrise.pdf")
                .toString().getBytes(StandardCharsets.UTF_8);
        JsonNode godtatt = endre(kropp).orElseThrow();
        assertThat(godtatt.at("/feil/~1liste~10~1fil")).isEmpty();
        assertThat(godtatt.at("/verdier")).isEqualTo(JSON.valueToTree(Map.of("/liste/0/filnavn", "epikrise.pdf")));
        assertThat(svar.verdi("/liste/0/fil").orElseThrow().asText()).isEqualTo(pdf);
    }

    @Test
    void theLimitAdmitsA15MegabyteFileAsBase64() {
        assertThat((long) Levende.maksBytes()).isGreaterThan(15L * 1024 * 1024 * 4 / 3);
    }
}
