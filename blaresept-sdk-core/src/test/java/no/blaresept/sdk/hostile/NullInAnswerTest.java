package no.blaresept.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.stream.Stream;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.error.InputRejectedException;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.error.UnexpectedResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Defect 1 of issue 10: {@code null} elements and members in answers end as typed errors, never a raw NPE. */
class NullInAnswerTest {

    private static final String KVITTERING = "{\"hjemmel\":\"BLARESEPTFORSKRIFTEN_3\",\"produkt\":{\"produkttype\":"
            + "\"LEGEMIDDEL\"},\"gyldigFra\":\"2026-02-01\",\"vilkar\":%s,\"tekster\":%s}";
    private static final String VEDTAK = "{\"vedtaksId\":\"V1\",\"hjemmel\":\"BLARESEPTFORSKRIFTEN_3\",\"produkt\":"
            + "{\"produkttype\":\"LEGEMIDDEL\"},\"gyldigFra\":\"2026-01-01\",\"maLeseVedtaksdokument\":false,"
            + "\"vilkar\":%s,\"tekster\":%s}";

    @RegisterExtension
    final StubApi api = new StubApi();

    static Stream<Arguments> answersWithNull() {
        return Stream.of(
                Arguments.of(ApiCall.SOK, "{\"utfall\":\"VARSEL\",\"meldinger\":[null]}"),
                Arguments.of(ApiCall.SOK, "{\"utfall\":\"VEDTAK_FUNNET\",\"vedtak\":[null]}"),
                Arguments.of(ApiCall.SOK, "{\"utfall\":\"VEDTAK_FUNNET\",\"vedtak\":[" + VEDTAK.formatted("[null]", "[]") + "]}"),
                Arguments.of(ApiCall.SOK, "{\"utfall\":\"VEDTAK_FUNNET\",\"vedtak\":[" + VEDTAK.formatted("[]", "[null]") + "]}"),
                Arguments.of(ApiCall.DEL1, "{\"utfall\":\"AVVISNING\",\"meldinger\":[null]}"),
                Arguments.of(ApiCall.DEL1, "{\"utfall\":\"SKJEMA\",\"soknadId\":\"SOK-12345678\",\"skjemaversjon\":\"2.1\","
                        + "\"skjema\":null}"),
                Arguments.of(ApiCall.DEL1, "{\"utfall\":\"SKJEMA\",\"soknadId\":\"SOK-12345678\",\"skjemaversjon\":\"2.1\","
                        + "\"skjema\":[1]}"),
                Arguments.of(ApiCall.VALIDER, "{\"gyldig\":false,\"feil\":[null]}"),
                Arguments.of(ApiCall.SKJEMA, "{\"skjemaversjon\":\"2.1\",\"skjema\":null}"),
                Arguments.of(ApiCall.STATUS, "{\"soknadsreferanse\":\"BRS-2026-000123\",\"status\":\"AVSLAG\","
                        + "\"avslagsgrunner\":[null]}"),
                Arguments.of(ApiCall.STATUS, "{\"soknadsreferanse\":\"BRS-2026-000123\",\"status\":\"INNVILGET\","
                        + "\"kvittering\":" + KVITTERING.formatted("[null]", "[]") + "}"),
                Arguments.of(ApiCall.STATUS, "{\"soknadsreferanse\":\"BRS-2026-000123\",\"status\":\"INNVILGET\","
                        + "\"kvittering\":" + KVITTERING.formatted("[]", "[null]") + "}"));
    }

    @ParameterizedTest
    @MethodSource("answersWithNull")
    void aNullElementInAnAnswerIsAnUnexpectedResponse(ApiCall call, String body) {
        api.answersOffContract();
        api.server().stubFor(any(anyUrl()).willReturn(okJson(body)));

        try (BlareseptClient client = api.client()) {
            assertThat(catchThrowable(() -> call.make(client))).isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("answer");
        }
    }

    @Test
    void aNullReasonInAProcessedSendIsAnUnknownOutcomeNotAnNpe() {
        api.answersOffContract();
        api.server().stubFor(any(anyUrl()).willReturn(okJson("{\"utfall\":\"AVSLAG\",\"avslagsgrunner\":[null]}")));

        try (BlareseptClient client = api.client()) {
            assertThat(catchThrowable(() -> client.soknad().send(Testdata.innsending())))
                    .isInstanceOf(SendOutcomeUnknownException.class).hasMessageContaining("avslagsgrunner[0]");
        }
        assertThat(api.requests()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("everyCall")
    void aNullFieldErrorInAnErrorBodyStillGivesTheTypedRefusal(ApiCall call) {
        api.answersOffContract();
        api.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"title\":\"Feil\",\"feil\":[null]}")));

        try (BlareseptClient client = api.client()) {
            assertThat(catchThrowable(() -> call.make(client))).isInstanceOf(InputRejectedException.class);
        }
    }

    static Stream<ApiCall> everyCall() {
        return Stream.of(ApiCall.values());
    }
}
