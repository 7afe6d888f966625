package no.blaresept.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AlleUtfallTest {

    private static BlareseptMockServer mock;
    private static BlareseptClient client;
    private static String utskrift;

    @BeforeAll
    static void kjorEksempelet() {
        mock = BlareseptMockServer.start();
        client = mock.clientBuilder().build();
        ByteArrayOutputStream ut = new ByteArrayOutputStream();
        AlleUtfall.kjor(mock, client, new PrintStream(ut, true, StandardCharsets.UTF_8));
        utskrift = ut.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopp() {
        client.close();
        mock.close();
    }

    @Test
    void showsEveryOutcomeOfTheDecisionLookup() {
        String sok = utskrift.substring(0, utskrift.indexOf("=== Innsending"));
        assertThat(sok).contains("Utfall: VedtakFunnet", "Utfall: IngenVedtak", "Utfall: SoknadTilBehandling",
                "Utfall: Varsel", "Utfall: Avvisning", "Utfall: UkjentUtfall");
        assertThat(sok).containsPattern("Vedtaksbrevet må leses: \\S+ \\(application/pdf, [1-9][0-9]* byte\\)");
        assertThat(sok).contains("Vilkår: ", "Standardvalg: AVSLUTT (kan ikke gå videre)", "Standardvalg: GA_VIDERE");
    }

    @Test
    void showsEveryOutcomeOfSendAndFollowsUpManualProcessing() {
        String send = utskrift.substring(utskrift.indexOf("=== Innsending"));
        assertThat(send).contains("Utfall: Innvilget", "Kvittering: ", "Utfall: Avslag", "Avslagsgrunn [",
                "Utfall: ManuellSaksbehandling", "Utfall: Avvisning", "Utfall: UkjentUtfall");
        assertThat(send).containsPattern("Status for \\S+: UnderBehandling")
                .containsPattern("Status for \\S+: Innvilget");
        assertThat(send).doesNotContain("Feil: ");
    }

    @Test
    void everyCallReachedTheMockAndSendWasCalledOncePerPatient() {
        assertThat(mock.mottatt(ApiEndpoint.VEDTAK_SOK)).hasSize(7);
        assertThat(mock.mottatt(ApiEndpoint.SEND)).hasSize(5);
    }

    @Test
    void neverPrintsATestPatientsFodselsnummer() {
        assertThat(utskrift).contains("***********");
        for (Testpasient pasient : Testpasient.values()) {
            assertThat(utskrift).doesNotContain(pasient.fodselsnummer().value());
        }
    }
}
