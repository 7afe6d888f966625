package no.blaresept.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;

class SoknadsprosessTest {

    @Test
    void printsEveryStepOfTheProcessWithTheFodselsnummerMasked() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BlareseptMockServer mock = BlareseptMockServer.start();
             BlareseptClient client = mock.clientBuilder().build();
             PrintStream ut = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new Soknadsprosess(client, ut).kjor(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("1. Vedtaksspørring: IngenVedtak", "2a. Søknadsskjema del 1: Skjema",
                "2b. Søknadsskjema del 2: Skjema", "2c. Søknadsskjema del 3", "Levende validering",
                "3a. Validering: Gyldig", "3b. Innsending: Innvilget", "Søknadskvittering");
        assertThat(printed).doesNotContain(Testpasient.INGEN_VEDTAK.fodselsnummer().value()).contains("***********");
    }

    @Test
    void endsAfterARejectedLookup() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BlareseptMockServer mock = BlareseptMockServer.start();
             BlareseptClient client = mock.clientBuilder().build();
             PrintStream ut = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new Soknadsprosess(client, ut).kjor(Testpasient.VEDTAK_AVVISNING.fodselsnummer().value());
        }

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Avvisning", "Prosessen avsluttes")
                .doesNotContain("2a.");
    }
}
