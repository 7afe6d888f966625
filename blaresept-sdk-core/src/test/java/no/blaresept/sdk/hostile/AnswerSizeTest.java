package no.blaresept.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.ResponseLimits;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.error.UnexpectedResponseException;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Defect 6 of issue 10: answers are read only up to a cap, JSON and the decision letter each their own. */
class AnswerSizeTest {

    private static final ResponseLimits SMALL = new ResponseLimits(1024, 8192);
    private static final String BIG_JSON = "{\"utfall\":\"INGEN_VEDTAK\",\"x\":\"" + "a".repeat(4000) + "\"}";

    @RegisterExtension
    final StubApi api = new StubApi();

    @Test
    void aJsonAnswerOverTheCapIsUnexpectedAndNotRetried() {
        api.answersOffContract();
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(okJson(BIG_JSON)));

        try (BlareseptClient client = api.clientBuilder().responseLimits(SMALL).build()) {
            assertThat(catchThrowable(() -> client.vedtak().sok(Testdata.forskrivning())))
                    .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("ResponseLimits");
        }
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void aChunkedAnswerThatGrowsPastTheCapIsCutOff() {
        api.answersOffContract();
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(okJson(BIG_JSON).withChunkedDribbleDelay(4, 40)));

        try (BlareseptClient client = api.clientBuilder().responseLimits(SMALL).build()) {
            assertThat(catchThrowable(() -> client.vedtak().sok(Testdata.forskrivning())))
                    .isInstanceOf(UnexpectedResponseException.class);
        }
    }

    @Test
    void anOversizedAnswerToSendIsAnUnknownOutcome() {
        api.answersOffContract();
        api.server().stubFor(post("/api/blaresept/soknad/send").willReturn(okJson(BIG_JSON)));

        try (BlareseptClient client = api.clientBuilder().responseLimits(SMALL).build()) {
            assertThat(catchThrowable(() -> client.soknad().send(Testdata.innsending())))
                    .isInstanceOf(SendOutcomeUnknownException.class);
        }
        assertThat(api.requests()).hasSize(1);
    }

    @Test
    void theDecisionLetterHasItsOwnCap() {
        api.server().stubFor(get(urlPathEqualTo("/api/blaresept/vedtak/getVedtaksdokument")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withBody(new byte[4096])));

        try (BlareseptClient client = api.clientBuilder().responseLimits(SMALL).build()) {
            assertThat(client.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42")).innhold()).hasSize(4096);
        }
        try (BlareseptClient client = api.clientBuilder().responseLimits(new ResponseLimits(1024, 2048)).build()) {
            assertThat(catchThrowable(() -> client.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"))))
                    .isInstanceOf(UnexpectedResponseException.class);
        }
    }

    @Test
    void aVendorTransportsAnswerIsCheckedAgainstTheCapToo() {
        HttpClient http = HttpClient.newHttpClient();
        api.answersOffContract();
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(okJson(BIG_JSON)));

        try (BlareseptClient client = api.clientBuilder().responseLimits(SMALL)
                .transport(request -> http.send(request, HttpResponse.BodyHandlers.ofByteArray())).build()) {
            assertThat(catchThrowable(() -> client.vedtak().sok(Testdata.forskrivning())))
                    .isInstanceOf(UnexpectedResponseException.class);
        }
    }

    @Test
    void capsOutsideOneByteToTwoGigabytesAreRefused() {
        assertThatThrownBy(() -> new ResponseLimits(0, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ResponseLimits(1, Long.MAX_VALUE)).isInstanceOf(InvalidInputException.class);
    }
}
