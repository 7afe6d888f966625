package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.blaresept.testkit.Ovingsrapport.Kravvurdering;
import no.blaresept.testkit.Ovingsrapport.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rehearsal report judges an EPJ by what it sent: a deliberately sloppy EPJ (plain HTTP, no SDK)
 * sees each of its violations with evidence, a careful one sees none, and the report never holds a
 * fødselsnummer or token.
 */
class OvingsrapportTest {

    /** A valid-looking number that is none of the well-known test patients: it must never show. */
    private static final String PASIENT = "02818512345";

    private BlareseptMockServer mock;
    private RawClient epj;

    @BeforeEach
    void start() {
        mock = BlareseptMockServer.start();
        epj = new RawClient(mock);
    }

    @AfterEach
    void stop() {
        mock.close();
    }

    @Test
    void sloppyEpjSeesEachViolationWithItsEvidence() {
        // no decision lookup, and no valider before send
        ObjectNode innsending = epj.utfyltSoknad(PASIENT);
        String sendUtenValider = epj.post(ApiEndpoint.SEND, innsending).headers()
                .firstValue("X-Correlation-ID").orElseThrow();
        // next application: lookup and valider, but send's answer is lost and it sends again at once
        epj.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(PASIENT));
        ObjectNode andre = epj.utfyltSoknad(PASIENT);
        epj.post(ApiEndpoint.VALIDER, andre);
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset());
        assertThatThrownBy(() -> epj.post(ApiEndpoint.SEND, andre)).isInstanceOf(UncheckedIOException.class);
        epj.post(ApiEndpoint.SEND, andre);
        epj.postUtenCorrelationId(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(PASIENT));

        Ovingsrapport rapport = mock.ovingsrapport();

        assertThat(krav(rapport, "F-0.1").status()).isEqualTo(Status.BRUTT);
        assertThat(krav(rapport, "F-0.1").bevis()).extracting(Ovingsrapport.Bevis::tekst)
                .containsExactly("del1 for pasient #1 without a decision lookup since the last application");
        Kravvurdering f31 = krav(rapport, "F-3.1");
        assertThat(f31.status()).isEqualTo(Status.BRUTT);
        assertThat(f31.bevis()).singleElement().satisfies(b -> {
            assertThat(b.correlationId()).isEqualTo(sendUtenValider);
            assertThat(b.endepunkt()).isEqualTo(ApiEndpoint.SEND);
        });
        assertThat(krav(rapport, "F-3.2").bevis()).extracting(Ovingsrapport.Bevis::tekst)
                .singleElement().asString().contains("again after the unknown outcome").contains("without a lookup");
        assertThat(krav(rapport, "(headers)").bevis()).extracting(Ovingsrapport.Bevis::correlationId)
                .containsExactly("(mangler)");
        assertThat(krav(rapport, "F-2.1").status()).isEqualTo(Status.OPPFYLT);
        assertThat(krav(rapport, "F-1.4").status()).as("the first application, granted, found by the lookup")
                .isEqualTo(Status.UTOVD);
        assertThat(rapport.ikkeMott()).extracting(Ovingsrapport.Utfallsdekning::utfall)
                .contains("AVSLAG", "VEDTAK_AVVISNING", "INGEN_VEDTAK", "FAULT_TRUNCATED_BODY")
                .doesNotContain("VEDTAK_FUNNET", "INNVILGET", "FAULT_CONNECTION_RESET");
        assertThat(rapport.markdown()).contains("**VIOLATED**", sendUtenValider);
        assertThat(List.of(rapport.markdown(), rapport.json(), rapport.toString()))
                .allSatisfy(tekst -> assertThat(tekst).doesNotContain(PASIENT, "test-token-abc", "dosering"));
    }

    @Test
    void carefulEpjBreaksNoRuleAndItsManualCaseIsFollowedUp() {
        mock.scenario(PASIENT, Scenario.MANUELL_SAKSBEHANDLING);
        epj.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(PASIENT));
        ObjectNode innsending = epj.utfyltSoknad(PASIENT);
        epj.post(ApiEndpoint.VALIDER, innsending);
        JsonNode sendt = epj.postJson(ApiEndpoint.SEND, innsending);
        assertThat(krav(mock.ovingsrapport(), "F-3.8").status())
                .as("manual processing without a status lookup yet").isEqualTo(Status.BRUTT);

        epj.get(ApiEndpoint.STATUS.path() + sendt.get("soknadsreferanse").asText());

        Ovingsrapport rapport = mock.ovingsrapport();
        assertThat(rapport.krav()).noneMatch(k -> k.status() == Status.BRUTT);
        assertThat(rapport.krav()).filteredOn(k -> List.of("F-0.1", "F-2.1", "F-3.1", "F-3.2", "F-3.8", "(headers)", "T-2.4")
                .contains(k.krav())).allMatch(k -> k.status() == Status.OPPFYLT);
        assertThat(krav(rapport, "T-2.5").status()).as("a bearer token that does not name its scope")
                .isEqualTo(Status.IKKE_UTOVD);
    }

    @Test
    void theScopeIsReadFromTestTokensAndJwtsAndAWrongOneIsAViolation() throws Exception {
        String jwtMedRiktigScope = new com.nimbusds.jwt.PlainJWT(new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .claim("scope", "openid hdir:blareseptsoknad/vedtakssporring").build()).serialize();
        for (String token : List.of(BlareseptMockServer.TESTTOKEN_PREFIX + "vedtakssporring", jwtMedRiktigScope,
                BlareseptMockServer.TESTTOKEN_PREFIX + "regel")) {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            mock.baseUrl().resolve(ApiEndpoint.VEDTAK_SOK.path()))
                    .header("Authorization", "Bearer " + token).header("X-Correlation-ID", token.substring(0, 8))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(RawClient.foresporsel(PASIENT).toString()))
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        }

        Kravvurdering t25 = krav(mock.ovingsrapport(), "T-2.5");
        assertThat(t25.status()).isEqualTo(Status.BRUTT);
        assertThat(t25.antall()).isEqualTo(3);
        assertThat(t25.bevis()).singleElement().satisfies(b ->
                assertThat(b.tekst()).isEqualTo("the token lacks the scope hdir:blareseptsoknad/vedtakssporring"));
        assertThat(mock.ovingsrapport().markdown()).doesNotContain(jwtMedRiktigScope);
    }

    @Test
    void resetKeepsTheReportAndItsOwnResetClearsIt() {
        epj.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(PASIENT));
        mock.reset();
        assertThat(krav(mock.ovingsrapport(), "F-1.8").antall()).isEqualTo(1);
        mock.nullstillOvingsrapport();
        assertThat(mock.ovingsrapport().krav()).allMatch(k -> k.status() == Status.IKKE_UTOVD);
    }

    @Test
    void reportsOfSeveralMocksAddUpAndAreWrittenAsMarkdownAndJson(@TempDir Path mappe) throws Exception {
        epj.postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(Testpasient.AVSLAG.fodselsnummer().value()));
        try (BlareseptMockServer annen = BlareseptMockServer.start()) {
            new RawClient(annen).post(ApiEndpoint.DEL1, RawClient.foresporsel(PASIENT));
            Ovingsrapport samlet = Ovingsrapport.slaSammen(List.of(mock.ovingsrapport(), annen.ovingsrapport()));
            assertThat(krav(samlet, "F-0.1").status()).isEqualTo(Status.BRUTT);
            assertThat(krav(samlet, "F-1.8").antall()).isEqualTo(1);
            samlet.skriv(mappe, "rapport");
        }
        assertThat(Files.readString(mappe.resolve("rapport.md"))).startsWith("# Blåresept approval rehearsal report");
        assertThat(RawClient.JSON.readTree(mappe.resolve("rapport.json").toFile()).get("brutt").asInt()).isEqualTo(1);
    }

    private static Kravvurdering krav(Ovingsrapport rapport, String id) {
        return rapport.krav(id).orElseThrow();
    }
}
