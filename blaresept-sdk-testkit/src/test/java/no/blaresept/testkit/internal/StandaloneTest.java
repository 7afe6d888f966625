package no.blaresept.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandaloneTest {

    @Test
    void startsOnTheGivenPortAndPrintsUrlAndTestPatients() throws Exception {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        try (BlareseptMockServer mock = Standalone.start(new String[] {"--port", "0"},
                new PrintStream(ut, true, StandardCharsets.UTF_8))) {
            String tekst = ut.toString(StandardCharsets.UTF_8);
            assertThat(tekst).contains("kjører på " + mock.baseUrl(), Testpasient.AVSLAG.fodselsnummer().value(), "AVSLAG",
                    Testpasient.VEDTAK_FUNNET_MA_LESE_DOKUMENT.fodselsnummer().value());
            HttpResponse<String> svar = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            mock.baseUrl().resolve(ApiEndpoint.SKJEMA.path()))
                    .header("Authorization", "Bearer x").header("X-Correlation-ID", UUID.randomUUID().toString())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(svar.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void helpPrintsUsageAndStartsNothing() {
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        assertThat(Standalone.start(new String[] {"--help"}, new PrintStream(ut, true, StandardCharsets.UTF_8))).isNull();
        assertThat(ut.toString(StandardCharsets.UTF_8)).contains("--port N");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "70000"})
    void aBadPortIsNamed(String port) {
        assertThatThrownBy(() -> Standalone.start(new String[] {"--port", port}, System.out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port").hasMessageContaining(port);
    }

    @Test
    void unknownArgumentsAndMissingValuesAreNamed() {
        assertThatThrownBy(() -> Standalone.start(new String[] {"--verbose"}, System.out)).hasMessageContaining("--verbose");
        assertThatThrownBy(() -> Standalone.start(new String[] {"--port"}, System.out)).hasMessageContaining("mangler verdi");
    }
}
