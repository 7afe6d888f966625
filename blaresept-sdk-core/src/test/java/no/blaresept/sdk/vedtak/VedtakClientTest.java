package no.blaresept.sdk.vedtak;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.error.NotFoundException;
import no.blaresept.sdk.error.UnexpectedResponseException;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VedtakClientTest {

    private static final String SOK = "/api/blaresept/vedtak/sok";
    private static final String VEDTAK_FUNNET = """
            {"utfall":"VEDTAK_FUNNET","meldinger":[{"kode":"INFO","tekst":"Gyldig vedtak finnes"}],
             "vedtak":[{"vedtaksId":"V-1","hjemmel":"BLARESEPTFORSKRIFTEN_3",
               "produkt":{"produkttype":"LEGEMIDDEL","atcKode":"A10BJ06"},
               "gyldigFra":"2026-01-01","gyldigTil":"2027-01-01","innhold":"Dekker semaglutid",
               "vilkar":["BMI over 30"],"tekster":[{"overskrift":"Merk","tekst":"Les vedtaket"}],
               "maLeseVedtaksdokument":true,"dokumentreferanse":"DOK-42"},
              {"vedtaksId":"V-2","hjemmel":"BLARESEPTFORSKRIFTEN_6",
               "produkt":{"produkttype":"NAERINGSMIDDEL","varenummer":"654321"},
               "gyldigFra":"2025-06-01","maLeseVedtaksdokument":false}]}""";

    @RegisterExtension
    final StubApi api = new StubApi();

    @Test
    void vedtakFunnetCarriesDecisionsTextsAndDocumentReference() {
        api.server().stubFor(post(SOK).willReturn(okJson(VEDTAK_FUNNET)));

        try (BlareseptClient client = api.client()) {
            VedtakSokResultat resultat = client.vedtak().sok(Testdata.forskrivning());

            assertThat(resultat).isInstanceOfSatisfying(VedtakSokResultat.VedtakFunnet.class, funnet -> {
                assertThat(funnet.standardvalg()).isEqualTo(Neste.AVSLUTT);
                assertThat(funnet.kanGaVidere()).isTrue();
                assertThat(funnet.maLeseVedtaksdokument()).isTrue();
                assertThat(funnet.meldinger()).containsExactly(new Melding("INFO", "Gyldig vedtak finnes"));
                Vedtak first = funnet.vedtak().get(0);
                assertThat(first.vedtaksId()).isEqualTo("V-1");
                assertThat(first.gyldigTil()).contains(LocalDate.of(2027, 1, 1));
                assertThat(first.vilkar()).containsExactly("BMI over 30");
                assertThat(first.tekster()).singleElement().satisfies(t -> {
                    assertThat(t.overskrift()).contains("Merk");
                    assertThat(t.tekst()).isEqualTo("Les vedtaket");
                });
                assertThat(first.vedtaksdokument()).contains(new Dokumentreferanse("DOK-42"));
                Vedtak second = funnet.vedtak().get(1);
                assertThat(second.maLeseVedtaksdokument()).isFalse();
                assertThat(second.produkt().varenummer()).contains("654321");
            });
        }
    }

    @Test
    void unknownFieldsFromANewerServiceAreIgnored() {
        api.answersOffContract();
        api.server().stubFor(post(SOK).willReturn(okJson("{\"utfall\":\"INGEN_VEDTAK\",\"nyttFelt\":{\"x\":[1]},"
                + "\"meldinger\":[{\"kode\":\"K\",\"tekst\":\"T\",\"alvorlighet\":2}]}")));

        try (BlareseptClient client = api.client()) {
            assertThat(client.vedtak().sok(Testdata.forskrivning()).meldinger()).containsExactly(new Melding("K", "T"));
        }
    }

    @Test
    void everyOtherOutcomeCarriesItsDefaultNextStep() {
        assertOutcome("{\"utfall\":\"INGEN_VEDTAK\"}", VedtakSokResultat.IngenVedtak.class, Neste.GA_VIDERE, true);
        assertOutcome("{\"utfall\":\"VARSEL\",\"meldinger\":[{\"kode\":\"W1\",\"tekst\":\"Obs\"}]}",
                VedtakSokResultat.Varsel.class, Neste.GA_VIDERE, true);
        assertOutcome("{\"utfall\":\"AVVISNING\",\"meldinger\":[{\"kode\":\"H_RESEPT\",\"tekst\":\"H-resept\"}]}",
                VedtakSokResultat.Avvisning.class, Neste.AVSLUTT, false);
        VedtakSokResultat underBehandling = assertOutcome(
                "{\"utfall\":\"SOKNAD_TIL_BEHANDLING\",\"soknadsreferanse\":\"BRS-2026-000123\"}",
                VedtakSokResultat.SoknadTilBehandling.class, Neste.AVSLUTT, true);
        assertThat(((VedtakSokResultat.SoknadTilBehandling) underBehandling).soknadsreferanse())
                .contains(new Soknadsreferanse("BRS-2026-000123"));
        VedtakSokResultat avslatt = assertOutcome(
                "{\"utfall\":\"AVSLATT_SOKNAD\",\"soknadsreferanse\":\"BRS-2026-000124\"}",
                VedtakSokResultat.AvslattSoknad.class, Neste.AVSLUTT, true);
        assertThat(((VedtakSokResultat.AvslattSoknad) avslatt).soknadsreferanse())
                .contains(new Soknadsreferanse("BRS-2026-000124"));
    }

    @Test
    void unknownOutcomeCodeBecomesUkjentUtfallWithTheRawCode() {
        VedtakSokResultat resultat = assertOutcome("{\"utfall\":\"NY_KODE_2030\",\"meldinger\":[]}",
                VedtakSokResultat.UkjentUtfall.class, Neste.AVSLUTT, false);

        assertThat(((VedtakSokResultat.UkjentUtfall) resultat).kode()).isEqualTo("NY_KODE_2030");
    }

    @Test
    void sendsTheContractsFieldsAndHeaders() throws Exception {
        api.server().stubFor(post(SOK).willReturn(okJson("{\"utfall\":\"INGEN_VEDTAK\"}")));

        try (BlareseptClient client = api.client()) {
            client.vedtak().sok(Testdata.forskrivning());
        }

        LoggedRequest request = api.requests().get(0);
        JsonNode body = new ObjectMapper().readTree(request.getBody());
        assertThat(body.at("/pasient/fodselsnummer").asText()).isEqualTo(Testdata.FNR);
        assertThat(body.at("/hjemmel").asText()).isEqualTo("BLARESEPTFORSKRIFTEN_3");
        assertThat(body.at("/produkt/atcKode").asText()).isEqualTo("A10BJ06");
        assertThat(body.at("/produkt/varenummer").asText()).isEqualTo("123456");
        assertThat(body.at("/diagnose/kodeverk").asText()).isEqualTo("ICD10");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + StubApi.TOKEN);
        assertThat(request.getHeader("User-Agent")).matches("blaresept-sdk/\\S+ \\(EPJ: Testjournal/1\\.0\\)");
        assertThat(UUID.fromString(request.getHeader("X-Correlation-ID"))).isNotNull();
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void asyncFormGivesTheSameOutcome() {
        api.server().stubFor(post(SOK).willReturn(okJson("{\"utfall\":\"INGEN_VEDTAK\"}")));

        try (BlareseptClient client = api.client()) {
            assertThat(client.vedtak().sokAsync(Testdata.forskrivning()).join())
                    .isInstanceOf(VedtakSokResultat.IngenVedtak.class);
        }
    }

    @Test
    void asyncFormFailsWithTheTypedErrorAsCause() {
        api.answersOffContract();
        api.server().stubFor(post(SOK).willReturn(okJson("{\"meldinger\":[]}")));

        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.vedtak().sokAsync(Testdata.forskrivning()).join())
                    .isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(UnexpectedResponseException.class)
                    .cause().hasMessageContaining("utfall");
        }
    }

    @Test
    void fetchesTheDecisionLetterWithItsFileName() {
        byte[] pdf = "%PDF-1.7 vedtaksbrev".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        api.server().stubFor(get(urlPathEqualTo("/api/blaresept/vedtak/getVedtaksdokument"))
                .withQueryParam("dokumentreferanse", equalTo("DOK-42"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                        .withHeader("Content-Disposition", "inline; filename=\"../vedtak-42.pdf\"").withBody(pdf)));

        try (BlareseptClient client = api.client()) {
            Vedtaksdokument dokument = client.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"));

            assertThat(dokument.innhold()).isEqualTo(pdf);
            assertThat(dokument.filnavn()).isEqualTo("vedtak-42.pdf");
            assertThat(dokument.mediatype()).isEqualTo("application/pdf");
            assertThat(dokument.toString()).doesNotContain("vedtak-42");
        }
    }

    @Test
    void unknownDocumentIsNotFound() {
        api.server().stubFor(get(urlPathEqualTo("/api/blaresept/vedtak/getVedtaksdokument")).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Ukjent dokument\",\"status\":404}")));

        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-0")))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.httpStatus()).hasValue(404);
                        assertThat(e.problem()).hasValueSatisfying(p -> assertThat(p.title()).contains("Ukjent dokument"));
                        assertThat(e.correlationId()).isPresent();
                        assertThat(e.isRetryable()).isFalse();
                    });
        }
    }

    private VedtakSokResultat assertOutcome(String json, Class<? extends VedtakSokResultat> type, Neste neste,
                                            boolean kanGaVidere) {
        api.server().resetAll();
        api.server().stubFor(post(SOK).willReturn(okJson(json)));
        try (BlareseptClient client = api.client()) {
            VedtakSokResultat resultat = client.vedtak().sok(Testdata.forskrivning());
            assertThat(resultat).isInstanceOf(type);
            assertThat(resultat.standardvalg()).isEqualTo(neste);
            assertThat(resultat.kanGaVidere()).isEqualTo(kanGaVidere);
            return resultat;
        }
    }
}
