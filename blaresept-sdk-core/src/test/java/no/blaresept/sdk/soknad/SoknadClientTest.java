package no.blaresept.sdk.soknad;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Feilkode;
import no.blaresept.schema.Valideringsfeil;

class SoknadClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SKJEMA_SVAR = """
            {"utfall":"%s","soknadId":"SOK-12345678","skjemaversjon":"2.1",
             "skjema":{"type":"object","properties":{"pasient":{"type":"object"}}},
             "skjemadata":{"pasient":{"navn":"Kari"}},"meldinger":[%s]}""";
    private static final String KVITTERING = """
            {"hjemmel":"BLARESEPTFORSKRIFTEN_3","produkt":{"produkttype":"LEGEMIDDEL","atcKode":"A10BJ06"},
             "gyldigFra":"2026-02-01","vilkar":["Kontroll etter 6 mnd"],"tekster":[{"tekst":"Vedtaket sendes pasienten"}]}""";

    @RegisterExtension
    final StubApi api = new StubApi();

    @Test
    void del1ReturnsTheFormPartWithPrefilledDataAndWhatToCarryOn() {
        api.server().stubFor(post("/api/blaresept/soknad/del1").willReturn(okJson(SKJEMA_SVAR.formatted("SKJEMA", ""))));

        try (BlareseptClient client = api.client()) {
            SkjemaResultat resultat = client.soknad().del1(Testdata.forskrivning());

            assertThat(resultat).isInstanceOfSatisfying(SkjemaResultat.Skjema.class, skjema -> {
                assertThat(skjema.standardvalg()).isEqualTo(Neste.GA_VIDERE);
                Skjemadel del = skjema.skjemadel();
                assertThat(del.soknadId()).isEqualTo(new SoknadId("SOK-12345678"));
                assertThat(del.skjemaversjon()).isEqualTo(new Skjemaversjon("2.1"));
                assertThat(del.skjema().at("/properties/pasient/type").asText()).isEqualTo("object");
                assertThat(del.forhandsutfylt().json().at("/pasient/navn").asText()).isEqualTo("Kari");
                assertThat(del.toString()).doesNotContain("Kari");
            });
        }
    }

    @Test
    void del2AndDel3CarryIdVersionAndAnswers() throws Exception {
        api.server().stubFor(post("/api/blaresept/soknad/del2").willReturn(okJson(SKJEMA_SVAR.formatted("SKJEMA", ""))));
        api.server().stubFor(post("/api/blaresept/soknad/del3").willReturn(okJson(SKJEMA_SVAR.formatted("VARSEL",
                "{\"kode\":\"W7\",\"tekst\":\"Mangler vekt\"}"))));
        Skjemadel del1 = new Skjemadel(new SoknadId("SOK-12345678"), new Skjemaversjon("2.1"),
                JSON.createObjectNode(), Svar.empty());
        Svar svar = Svar.empty().med("/diagnose", JSON.getNodeFactory().textNode("E11"));

        try (BlareseptClient client = api.client()) {
            assertThat(client.soknad().del2(del1, svar)).isInstanceOf(SkjemaResultat.Skjema.class);
            SkjemaResultat del3 = client.soknad().del3Async(del1, svar).join();

            assertThat(del3).isInstanceOfSatisfying(SkjemaResultat.VarselMedSkjema.class, varsel -> {
                assertThat(varsel.meldinger()).containsExactly(new Melding("W7", "Mangler vekt"));
                assertThat(varsel.standardvalg()).isEqualTo(Neste.GA_VIDERE);
            });
        }
        JsonNode sent = JSON.readTree(api.requests().get(0).getBody());
        assertThat(sent.get("soknadId").asText()).isEqualTo("SOK-12345678");
        assertThat(sent.get("skjemaversjon").asText()).isEqualTo("2.1");
        assertThat(sent.at("/skjemadata/diagnose").asText()).isEqualTo("E11");
    }

    @Test
    void prefilledAnswersTravelOnUnderTheCallersSoEmptyAnswersAreNotA400() throws Exception {
        api.server().stubFor(post("/api/blaresept/soknad/del2").willReturn(okJson(SKJEMA_SVAR.formatted("SKJEMA", ""))));
        ObjectNode forhandsutfylt = JSON.createObjectNode();
        forhandsutfylt.putObject("pasient").put("navn", "Kari").put("telefon", "1");
        forhandsutfylt.putArray("diagnoser").addObject().put("kode", "E11");
        Skjemadel del1 = new Skjemadel(new SoknadId("SOK-12345678"), new Skjemaversjon("2.1"),
                JSON.createObjectNode(), Svar.of(forhandsutfylt));

        try (BlareseptClient client = api.client()) {
            client.soknad().del2(del1, Svar.empty());
            client.soknad().del2(del1, Svar.empty().med("/pasient/telefon", JSON.getNodeFactory().textNode("2"))
                    .med("/diagnoser", JSON.createArrayNode()));
        }
        assertThat(JSON.readTree(api.requests().get(0).getBody()).get("skjemadata")).isEqualTo(forhandsutfylt);
        JsonNode overstyrt = JSON.readTree(api.requests().get(1).getBody()).get("skjemadata");
        assertThat(overstyrt.at("/pasient/navn").asText()).as("merged key by key").isEqualTo("Kari");
        assertThat(overstyrt.at("/pasient/telefon").asText()).as("the caller's value wins").isEqualTo("2");
        assertThat(overstyrt.get("diagnoser")).as("a list is replaced whole").isEmpty();
    }

    @Test
    void formRejectionAndUnknownOutcomeEndTheProcess() {
        api.server().stubFor(post("/api/blaresept/soknad/del1").willReturn(okJson(
                "{\"utfall\":\"AVVISNING\",\"meldinger\":[{\"kode\":\"A1\",\"tekst\":\"Ikke aktuelt\"}]}")));
        try (BlareseptClient client = api.client()) {
            SkjemaResultat avvist = client.soknad().del1(Testdata.forskrivning());
            assertThat(avvist).isInstanceOf(SkjemaResultat.Avvisning.class);
            assertThat(avvist.kanGaVidere()).isFalse();

            api.server().stubFor(post("/api/blaresept/soknad/del1").willReturn(okJson("{\"utfall\":\"PAUSE\"}")));
            assertThat(client.soknad().del1(Testdata.forskrivning())).isInstanceOfSatisfying(
                    SkjemaResultat.UkjentUtfall.class, u -> assertThat(u.kode()).isEqualTo("PAUSE"));
        }
    }

    @Test
    void validerReportsValidOrTheErrorsPerField() {
        api.server().stubFor(post("/api/blaresept/soknad/valider").willReturn(okJson("{\"gyldig\":true}")));
        try (BlareseptClient client = api.client()) {
            assertThat(client.soknad().valider(innsending()).gyldig()).isTrue();

            api.server().stubFor(post("/api/blaresept/soknad/valider").willReturn(okJson(
                    "{\"gyldig\":false,\"feil\":[{\"sti\":\"/diagnose/kode\",\"kode\":\"PAKREVD\",\"tekst\":\"Mangler\"},"
                            + "{\"sti\":\"/x\",\"kode\":\"PATTERN\",\"tekst\":\"Feil form\"}]}")));
            assertThat(client.soknad().validerAsync(innsending()).join().feil()).as("the form model's codes; unknown is ANNET")
                    .containsExactly(new Valideringsfeil("/diagnose/kode", Feilkode.PAKREVD, "Mangler"),
                            new Valideringsfeil("/x", Feilkode.ANNET, "Feil form", "PATTERN"));

            api.server().stubFor(post("/api/blaresept/soknad/valider").willReturn(okJson("{\"gyldig\":false}")));
            assertThat(client.soknad().valider(innsending()).gyldig()).as("invalid without details is not valid").isFalse();
        }
    }

    @Test
    void sendMapsEveryOutcome() {
        assertThat(send("{\"utfall\":\"INNVILGET\",\"soknadsreferanse\":\"BRS-2026-000123\",\"kvittering\":"
                + KVITTERING + "}")).isInstanceOfSatisfying(SendResultat.Innvilget.class, innvilget -> {
                    assertThat(innvilget.kvittering().gyldigFra()).isEqualTo(LocalDate.of(2026, 2, 1));
                    assertThat(innvilget.kvittering().vilkar()).containsExactly("Kontroll etter 6 mnd");
                    assertThat(innvilget.kvittering().tekster()).extracting(t -> t.tekst())
                            .containsExactly("Vedtaket sendes pasienten");
                    assertThat(innvilget.soknadsreferanse()).contains(new Soknadsreferanse("BRS-2026-000123"));
                });
        assertThat(send("{\"utfall\":\"AVSLAG\",\"avslagsgrunner\":[{\"kode\":\"VILKAR\",\"tekst\":\"Vilkår ikke oppfylt\"}]}"))
                .isInstanceOfSatisfying(SendResultat.Avslag.class, avslag -> assertThat(avslag.avslagsgrunner())
                        .containsExactly(new Melding("VILKAR", "Vilkår ikke oppfylt")));
        assertThat(send("{\"utfall\":\"MANUELL_SAKSBEHANDLING\",\"soknadsreferanse\":\"BRS-2026-000124\"}"))
                .isInstanceOfSatisfying(SendResultat.ManuellSaksbehandling.class, manuell -> assertThat(
                        manuell.soknadsreferanse()).isEqualTo(new Soknadsreferanse("BRS-2026-000124")));
        assertThat(send("{\"utfall\":\"AVVISNING\",\"meldinger\":[{\"kode\":\"VERSJON\",\"tekst\":\"Utdatert\"}]}"))
                .isInstanceOf(SendResultat.Avvisning.class);
        assertThat(send("{\"utfall\":\"PARKERT\"}"))
                .isInstanceOfSatisfying(SendResultat.UkjentUtfall.class, u -> assertThat(u.kode()).isEqualTo("PARKERT"));
    }

    @Test
    void statusByReferenceMapsEveryStatus() {
        String path = "/api/blaresept/soknad/status/BRS-2026-000124";
        api.server().stubFor(get(path).willReturn(okJson(
                "{\"soknadsreferanse\":\"BRS-2026-000124\",\"status\":\"UNDER_BEHANDLING\",\"sistEndret\":\"2026-03-01T10:15:30+01:00\"}")));
        Soknadsreferanse ref = new Soknadsreferanse("BRS-2026-000124");
        try (BlareseptClient client = api.client()) {
            assertThat(client.soknad().status(ref)).isInstanceOfSatisfying(SoknadStatus.UnderBehandling.class,
                    s -> assertThat(s.sistEndret()).contains(OffsetDateTime.parse("2026-03-01T10:15:30+01:00")));

            api.server().stubFor(get(path).willReturn(okJson(
                    "{\"soknadsreferanse\":\"BRS-2026-000124\",\"status\":\"INNVILGET\",\"kvittering\":" + KVITTERING + "}")));
            assertThat(client.soknad().statusAsync(ref).join()).isInstanceOf(SoknadStatus.Innvilget.class);

            api.server().stubFor(get(path).willReturn(okJson("{\"soknadsreferanse\":\"BRS-2026-000124\",\"status\":\"AVSLAG\","
                    + "\"avslagsgrunner\":[{\"kode\":\"K\",\"tekst\":\"T\"}]}")));
            assertThat(client.soknad().status(ref)).isInstanceOfSatisfying(SoknadStatus.Avslag.class,
                    a -> assertThat(a.avslagsgrunner()).hasSize(1));

            api.server().stubFor(get(path).willReturn(okJson("{\"soknadsreferanse\":\"BRS-2026-000124\",\"status\":\"ARKIVERT\"}")));
            assertThat(client.soknad().status(ref)).isInstanceOfSatisfying(SoknadStatus.UkjentStatus.class,
                    u -> assertThat(u.kode()).isEqualTo("ARKIVERT"));
        }
    }

    private SendResultat send(String json) {
        api.server().stubFor(post("/api/blaresept/soknad/send").willReturn(okJson(json)));
        try (BlareseptClient client = api.client()) {
            return client.soknad().send(innsending());
        }
    }

    private static Innsending innsending() {
        return Testdata.innsending();
    }
}
