package no.blaresept.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Everything the SDK logs, at every level, names calls but never a fødselsnummer, token or form content. */
class LoggingTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    @RegisterExtension
    final LogLines log = new LogLines();

    @Test
    void logsRequestLineStatusAndCorrelationIdButNoPersonalDataOrTokens() {
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(okJson(
                "{\"utfall\":\"VARSEL\",\"meldinger\":[{\"kode\":\"W1\",\"tekst\":\"Gjelder 01859012325\"}]}")));
        api.server().stubFor(post("/api/blaresept/soknad/send").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Ugyldig\",\"detail\":\"fødselsnummer 01859012325 ukjent\"}")));

        Throwable refused;
        try (BlareseptClient client = api.client()) {
            client.vedtak().sok(Testdata.forskrivning());
            refused = catchThrowable(() -> client.soknad().send(Testdata.innsending()));
        }

        String correlationId = api.requests().get(0).getHeader("X-Correlation-ID");
        assertThat(log.all()).anySatisfy(l -> assertThat(l).contains("POST /api/blaresept/vedtak/sok -> 200", correlationId));
        assertThat(log.all()).anySatisfy(l -> assertThat(l).startsWith("FINER").contains("\"utfall\":\"VARSEL\""));
        assertThat(String.join("\n", log.all())).doesNotContain(Testdata.FNR, StubApi.TOKEN, "E11", "Bearer");
        assertThat(refused.getMessage()).doesNotContain(Testdata.FNR, StubApi.TOKEN);
        assertThat(refused.toString()).doesNotContain(Testdata.FNR);
    }
}
