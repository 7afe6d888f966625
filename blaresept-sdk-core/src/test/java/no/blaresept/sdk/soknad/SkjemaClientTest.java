package no.blaresept.sdk.soknad;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.error.UnexpectedResponseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SkjemaClientTest {

    private static final String PATH = "/api/blaresept/soknad/getSoknadSkjema";

    @RegisterExtension
    final StubApi api = new StubApi();

    @Test
    void fetchesTheCurrentAndAGivenSchemaVersion() {
        api.server().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("versjon", absent()).willReturn(okJson(
                "{\"skjemaversjon\":\"2.1\",\"skjema\":{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\"}}")));
        api.server().stubFor(get(urlPathEqualTo(PATH)).withQueryParam("versjon", equalTo("1.4")).willReturn(okJson(
                "{\"skjemaversjon\":\"1.4\",\"skjema\":{\"type\":\"object\"}}")));

        try (BlareseptClient client = api.client()) {
            SoknadSkjema current = client.skjema().hent();
            assertThat(current.versjon()).isEqualTo(new Skjemaversjon("2.1"));
            assertThat(current.versjon().major()).isEqualTo(2);
            assertThat(current.skjema().get("type").asText()).isEqualTo("object");

            assertThat(client.skjema().hentAsync(new Skjemaversjon("1.4")).join().versjon().value()).isEqualTo("1.4");
        }
    }

    @Test
    void aSchemaWithAKeyWrittenTwiceIsRefusedNotSilentlyCutToTheLastValue() {
        api.answersOffContract();
        api.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(
                "{\"skjemaversjon\":\"2.1\",\"skjema\":{\"required\":[\"a\"],\"required\":[]}}")));

        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.skjema().hent()).isInstanceOf(UnexpectedResponseException.class);
        }
    }
}
