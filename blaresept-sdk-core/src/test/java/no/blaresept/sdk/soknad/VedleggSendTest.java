package no.blaresept.sdk.soknad;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.StubApi;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.testsupport.Testfiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Attachments (F-4.7) go into valider and send as streamed base64 with a declared length. */
class VedleggSendTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    @TempDir
    Path dir;

    @Test
    void attachmentsArriveIntactWithTheirFieldNameAndTypeAndAFixedLength() throws Exception {
        byte[] epikrise = Testfiler.pdf(1_000_001);
        byte[] notat = Testfiler.pdf();
        api.server().stubFor(post("/api/blaresept/soknad/valider").willReturn(okJson("{\"gyldig\":true}")));
        Innsending innsending = Innsending.builder().soknadId(new SoknadId("SOK-12345678"))
                .skjemaversjon(Testdata.innsending().skjemaversjon()).svar(Testdata.innsending().svar())
                .vedlegg("/vedlegg/epikrise", Vedlegg.of(write("epikrise.pdf", epikrise)))
                .vedlegg("/vedlegg/notat", Vedlegg.of(write("notat.pdf", notat)))
                .build();

        try (BlareseptClient client = api.client()) {
            assertThat(client.soknad().valider(innsending).gyldig()).isTrue();
        }

        LoggedRequest request = api.requests().get(0);
        assertThat(request.getHeader("Transfer-Encoding")).isNull();
        assertThat(Long.parseLong(request.getHeader("Content-Length"))).isEqualTo(request.getBody().length);
        JsonNode body = new ObjectMapper().readTree(request.getBody());
        assertThat(body.at("/skjemadata/diagnose").asText()).isEqualTo("E11");
        JsonNode first = body.at("/vedlegg/0");
        assertThat(first.get("felt").asText()).isEqualTo("/vedlegg/epikrise");
        assertThat(first.get("filnavn").asText()).isEqualTo("epikrise.pdf");
        assertThat(first.get("mimetype").asText()).isEqualTo("application/pdf");
        assertThat(Base64.getDecoder().decode(first.get("innhold").asText())).isEqualTo(epikrise);
        assertThat(Base64.getDecoder().decode(body.at("/vedlegg/1/innhold").asText())).isEqualTo(notat);
    }

    @Test
    void anAttachmentThatChangedBeforeSendingIsReportedAsInputAndNothingIsTaken() throws Exception {
        assertChangeIsRefusedAndNothingTaken("endret.pdf", Testfiler.pdf(200_000), Testfiler.pdf(100_000));
    }

    @Test
    void anAttachmentSwappedForOtherBytesOfTheSameSizeNeverCompletesTheBody() throws Exception {
        byte[] checked = Testfiler.pdf(100_000);
        byte[] swapped = checked.clone();
        swapped[swapped.length - 1] ^= 1; // the last byte: the held-back buffer is what must not go out
        assertChangeIsRefusedAndNothingTaken("byttet.pdf", checked, swapped);
    }

    /** Checks {@code checked}, writes {@code sent} in its place, and expects send to refuse with a body cut short. */
    private void assertChangeIsRefusedAndNothingTaken(String name, byte[] checked, byte[] sent) throws Exception {
        Path file = write(name, checked);
        Innsending innsending = Innsending.builder().soknadId(new SoknadId("SOK-12345678"))
                .skjemaversjon(Testdata.innsending().skjemaversjon()).svar(Testdata.innsending().svar())
                .vedlegg("/vedlegg/epikrise", Vedlegg.of(file)).build();
        Files.write(file, sent);
        api.server().stubFor(post("/api/blaresept/soknad/send").willReturn(okJson("{\"utfall\":\"AVSLAG\"}")));

        try (BlareseptClient client = api.client()) {
            assertThatThrownBy(() -> client.soknad().send(innsending))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo("VEDLEGG_ULESELIG"));
        }
        assertThat(api.requests()).allSatisfy(r -> assertThat(r.getBody().length)
                .isLessThan(Integer.parseInt(r.getHeader("Content-Length"))));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
