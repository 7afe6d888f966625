package no.blaresept.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Everything the SDK logs, at every level, names calls but never a fødselsnummer, token or form content. */
class LoggingTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger jul = Logger.getLogger("no.blaresept.sdk");
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + formatter.formatMessage(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;

    @BeforeEach
    void captureEverything() {
        before = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        jul.removeHandler(capture);
        jul.setLevel(before);
    }

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
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("POST /api/blaresept/vedtak/sok -> 200", correlationId));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("FINER").contains("\"utfall\":\"VARSEL\""));
        assertThat(String.join("\n", lines)).doesNotContain(Testdata.FNR, StubApi.TOKEN, "E11", "Bearer");
        assertThat(refused.getMessage()).doesNotContain(Testdata.FNR, StubApi.TOKEN);
        assertThat(refused.toString()).doesNotContain(Testdata.FNR);
    }
}
