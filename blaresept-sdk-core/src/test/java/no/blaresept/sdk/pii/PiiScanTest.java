package no.blaresept.sdk.pii;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import no.blaresept.sdk.spi.BlareseptScope;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.testsupport.Testfiler;
import no.blaresept.testsupport.pii.PiiLogScan;
import no.blaresept.testsupport.pii.PiiFunn;
import no.blaresept.testsupport.pii.PiiMarkers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import no.blaresept.schema.Svar;

/**
 * Personal data in, none out: every call answered with personal data in every place an answer has
 * (texts, problem details, field paths, headers, file names) or failing in every way, with a patient's
 * file attached, ends in results whose {@code toString()} and exceptions whose messages and causes hold
 * no {@link PiiMarkers}; and the public values made from personal data print none. Log records are
 * scanned by {@link PiiLogScan} around this and every other core test.
 */
class PiiScanTest {

    private static final String FNR = Testdata.FNR;
    private static final String TEXTS = "\"meldinger\":[{\"kode\":\"" + FNR + "\",\"tekst\":\"Gjelder " + FNR + "\"}]";
    private static final List<Function<Integer, ResponseDefinitionBuilder>> ANSWERS = List.of(
            n -> okJson("{\"utfall\":\"VARSEL\"," + TEXTS + "}"),
            n -> okJson("{\"utfall\":\"AVSLAG\",\"avslagsgrunner\":[{\"kode\":\"A\",\"tekst\":\"" + FNR + "\"}]," + TEXTS + "}"),
            n -> okJson("{\"utfall\":\"" + FNR + "\",\"status\":\"" + FNR + "\",\"soknadsreferanse\":\"" + FNR + "\"}"),
            n -> okJson("{\"gyldig\":false,\"feil\":[{\"sti\":\"/pasient/" + FNR + "\",\"kode\":\"K\",\"tekst\":\"" + FNR + "\"}]}"),
            n -> aResponse().withStatus(n).withHeader("Content-Type", "application/problem+json")
                    .withHeader("Retry-After", FNR).withHeader("WWW-Authenticate", "DPoP error=\"" + FNR + "\"")
                    .withBody("{\"title\":\"" + FNR + "\",\"detail\":\"Kari Nordmann " + FNR + "\",\"instance\":\"/x/" + FNR
                            + "\",\"feil\":[{\"sti\":\"/" + FNR + "\",\"kode\":\"" + FNR + "\",\"tekst\":\"eyJhbGciOi\"}]}"),
            n -> aResponse().withStatus(200).withHeader("Content-Type", "application/pdf")
                    .withHeader("Content-Disposition", "inline; filename=\"Kari-Nordmann-" + FNR + ".pdf\"")
                    .withBody("%PDF-1.7"),
            n -> aResponse().withStatus(200).withHeader("Content-Type", "text/" + FNR).withBody(FNR),
            n -> okJson("{\"x\":\"" + FNR + "\"").withFault(Fault.CONNECTION_RESET_BY_PEER));
    private static final int[] STATUSES = {400, 401, 403, 404, 409, 422, 429, 500, 503};

    @RegisterExtension
    final StubApi api = new StubApi();

    @Test
    void noCallLeaksPersonalDataIntoAResultOrAnException(@TempDir Path dir) throws Exception {
        api.answersOffContract();
        Path fil = Files.write(dir.resolve("Kari-Nordmann-" + FNR + ".pdf"), Testfiler.pdf());
        Vedlegg vedlegg = Vedlegg.of(fil);
        PiiFunn funn = new PiiFunn();
        try (BlareseptClient client = api.client()) {
            for (Function<Integer, ResponseDefinitionBuilder> answer : ANSWERS) {
                for (int status : STATUSES) {
                    api.server().resetAll();
                    api.server().stubFor(any(anyUrl()).willReturn(answer.apply(status)));
                    for (Call call : calls(vedlegg, dir)) {
                        funn.kall(call.name, () -> call.make(client));
                    }
                }
            }
        }
        funn.ingenTreff("core calls");
    }

    @Test
    void publicValuesMadeFromPersonalDataPrintNone(@TempDir Path dir) throws Exception {
        ObjectNode svar = JsonNodeFactory.instance.objectNode().put("pasient", FNR).put("navn", "Kari Nordmann");
        Path fil = Files.write(dir.resolve("Kari-Nordmann-" + FNR + ".pdf"), Testfiler.pdf());
        List<Object> values = List.of(Testdata.forskrivning(), no.blaresept.sdk.Fodselsnummer.of(FNR),
                new Skjemadel(new SoknadId("SOK-12345678"), new Skjemaversjon("2.1"), svar, Svar.of(svar)),
                Innsending.builder().soknadId(new SoknadId("SOK-12345678")).skjemaversjon(new Skjemaversjon("2.1"))
                        .svar(Svar.of(svar)).vedlegg("/vedlegg/epikrise", Vedlegg.of(fil)).build(),
                Vedlegg.of("Kari-" + FNR + ".pdf", () -> new ByteArrayInputStream(Testfiler.pdf())),
                AuthorizationHeaders.dpop("eyJhbGciOiJFUzI1NiJ9.token", "eyJ0eXAiOiJkcG9wK2p3dCJ9.proof"),
                new ApiRequest("GET", URI.create("http://x/status/BRS-1"), BlareseptScope.SOKNAD),
                new no.blaresept.sdk.Melding("K", "Gjelder " + FNR), new no.blaresept.schema.Valideringsfeil("/" + FNR, no.blaresept.schema.Feilkode.ANNET, FNR),
                api.client());
        PiiFunn funn = new PiiFunn();
        values.forEach(value -> funn.verdi("value", value));
        funn.ingenTreff("core values");
    }

    private record Call(String name, Function<BlareseptClient, Object> call) {
        Object make(BlareseptClient client) {
            return call.apply(client);
        }
    }

    private static List<Call> calls(Vedlegg vedlegg, Path dir) {
        Innsending innsending = Innsending.builder().soknadId(new SoknadId("SOK-12345678"))
                .skjemaversjon(new Skjemaversjon("2.1")).svar(Svar.of(JsonNodeFactory.instance.objectNode().put("p", FNR)))
                .vedlegg("/vedlegg/epikrise", vedlegg).build();
        return List.of(new Call("sok", c -> c.vedtak().sok(Testdata.forskrivning())),
                new Call("dokument", c -> c.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"))),
                new Call("dokumentfil", c -> c.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"),
                        dir.resolve("Vedtak-Kari-Nordmann-" + FNR + ".pdf"))),
                new Call("dokumentfil i mappe som mangler", c -> c.vedtak().hentVedtaksdokument(new Dokumentreferanse("DOK-42"),
                        dir.resolve("Kari-Nordmann-" + FNR).resolve("vedtak.pdf"))),
                new Call("del1", c -> c.soknad().del1(Testdata.forskrivning())),
                new Call("valider", c -> c.soknad().valider(innsending)),
                new Call("send", c -> c.soknad().send(innsending)),
                new Call("status", c -> c.soknad().status(new Soknadsreferanse("BRS-2026-000123"))),
                new Call("skjema", c -> c.skjema().hent()));
    }

    @Test
    void theLogScanFindsAFodselsnummerInAParameterOrAThrownCauseAndPassesAMaskedRecord() {
        java.util.logging.LogRecord parameter = new java.util.logging.LogRecord(java.util.logging.Level.FINE, "pasient {0}");
        parameter.setParameters(new Object[] {FNR});
        java.util.logging.LogRecord thrown = new java.util.logging.LogRecord(java.util.logging.Level.WARNING, "feil");
        thrown.setThrown(new IllegalStateException("wrapped", new RuntimeException("fnr " + FNR)));
        java.util.logging.LogRecord masked = new java.util.logging.LogRecord(java.util.logging.Level.FINE, "pasient ***********");

        org.assertj.core.api.Assertions.assertThat(PiiLogScan.firstIn(parameter)).isEqualTo(FNR);
        org.assertj.core.api.Assertions.assertThat(PiiLogScan.firstIn(thrown)).isEqualTo(FNR);
        org.assertj.core.api.Assertions.assertThat(PiiLogScan.firstIn(masked)).isNull();
    }
}
