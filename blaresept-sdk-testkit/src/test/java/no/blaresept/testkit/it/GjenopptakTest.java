package no.blaresept.testkit.it;

import static no.blaresept.testkit.BlareseptMockAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.prosess.Feltoverforing;
import no.blaresept.sdk.prosess.Overforingsstatus;
import no.blaresept.sdk.prosess.Prosesssteg;
import no.blaresept.sdk.prosess.ProsesstegException;
import no.blaresept.sdk.prosess.Prosesstilstand;
import no.blaresept.sdk.prosess.Svaroverforing;
import no.blaresept.sdk.prosess.Vedleggsreferanse;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resume after restart: a process saved as JSON mid-form, or after a send whose outcome is unknown, goes on
 * in a new client against the mock; answers are carried to the mock's published minor and major versions.
 */
@BlareseptTest
@ExtendWith(LoggFangst.class)
class GjenopptakTest {

    @TempDir
    Path dir;

    @Test
    void savedMidFormItResumesInANewClientAndIsGranted(BlareseptMockServer mock, BlareseptClient client) throws Exception {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));
        prosess.sjekkVedtak();
        prosess.del1();
        prosess.del2(Utfylling.del1());
        Path pdf = Files.write(dir.resolve("epikrise.pdf"), "%PDF-1.4\n% syntetisk epikrise\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String lagret = prosess.tilstand(Utfylling.del2(), List.of(Vedleggsreferanse.of("/vedlegg/0/innhold", pdf))).toJson();

        try (BlareseptClient ny = mock.clientBuilder().build()) {
            Prosesstilstand tilstand = Prosesstilstand.parse(lagret);
            BlareseptProsess gjenopptatt = BlareseptProsess.gjenoppta(ny, tilstand);
            assertThat(gjenopptatt.steg()).isEqualTo(Prosesssteg.DEL3);
            assertThat(gjenopptatt.skjemamodell()).isPresent();

            gjenopptatt.del3(tilstand.svar());
            Innsending.Builder innsending = gjenopptatt.innsending(Utfylling.del3());
            tilstand.vedlegg().forEach(v -> innsending.vedlegg(v.felt(), v.vedlegg()));

            assertThat(gjenopptatt.send(innsending.build())).isInstanceOf(SendResultat.Innvilget.class);
        }
        assertThat(mock).received(ApiEndpoint.VEDTAK_SOK).exactlyOnce();
        assertThat(mock).received(ApiEndpoint.DEL3).exactlyOnce();
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }

    @Test
    void aSendWithUnknownOutcomeStaysUnknownAcrossARestart(BlareseptMockServer mock, BlareseptClient client) {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.MANUELL_SAKSBEHANDLING);
        Innsending innsending = prosess.innsending(Utfylling.del3()).build();
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset()); // the mock processes it, then the line drops
        assertThatThrownBy(() -> prosess.send(innsending)).isInstanceOf(SendOutcomeUnknownException.class);

        Prosesstilstand tilstand = Prosesstilstand.parse(prosess.tilstand(Svar.empty()).toJson());
        assertThat(tilstand.ukjentInnsending()).isTrue();
        try (BlareseptClient ny = mock.clientBuilder().build()) {
            BlareseptProsess gjenopptatt = BlareseptProsess.gjenoppta(ny, tilstand);

            assertThatThrownBy(() -> gjenopptatt.send(gjenopptatt.innsending(Utfylling.del3()).build()))
                    .isInstanceOf(ProsesstegException.class);
            assertThatThrownBy(() -> gjenopptatt.send(innsending)).isInstanceOf(ProsesstegException.class);
            assertThat(gjenopptatt.avklarUkjentInnsending()).isInstanceOf(VedtakSokResultat.SoknadTilBehandling.class);
            assertThat(gjenopptatt.steg()).isEqualTo(Prosesssteg.AVSLUTTET);
        }
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }

    @Test
    void answersAreCarriedToThePublishedMinorVersion(BlareseptMockServer mock, BlareseptClient client) {
        BlareseptProsess prosess = BlareseptProsess.gjenoppta(client,
                Prosesstilstand.parse(gjennomDel3(client, Testpasient.INGEN_VEDTAK).tilstand(Utfylling.del3()).toJson()));
        Svar utkast = Utfylling.del3().med("/pasient/ammer", com.fasterxml.jackson.databind.node.BooleanNode.TRUE);

        Svaroverforing overforing = prosess.overforSvar(utkast, new Skjemaversjon("1.1.0"));

        assertThat(overforing.flyttet()).isTrue();
        assertThat(overforing.felter(Overforingsstatus.FJERNET)).extracting(Feltoverforing::sti).containsExactly("/pasient/ammer");
        assertThat(overforing.forkastet().harVerdi("/pasient/ammer")).isTrue();
        assertThat(overforing.felter(Overforingsstatus.BEHOLDT)).extracting(Feltoverforing::sti)
                .contains("/erklaering/bekreftetRiktig", "/legemiddel/dosering", "/diagnoser/0/kode", "/pasient/fodselsnummer");
        assertThat(overforing.felter(Overforingsstatus.MA_FYLLES_UT)).extracting(Feltoverforing::sti)
                .contains("/pasient/bmi", "/merknadTilPasient", "/legemiddel/indikasjon");
        assertThat(overforing.felter(Overforingsstatus.MA_VURDERES)).isEmpty();
        assertThat(prosess.skjemadel().orElseThrow().skjemaversjon().value()).isEqualTo("1.1.0");
        assertThat(prosess.skjemamodell().orElseThrow().felt("/pasient/bmi")).isPresent();
        assertThat(mock).received(ApiEndpoint.SKJEMA).times(2);
    }

    @Test
    void underTheMajorVersionNothingIsMovedAndTheReviewListIsGiven(BlareseptMockServer mock, BlareseptClient client) {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.INGEN_VEDTAK);
        Svar utkast = Utfylling.del3().med("/pasient/hoyde", com.fasterxml.jackson.databind.node.IntNode.valueOf(168));

        Svaroverforing overforing = prosess.overforSvar(utkast, new Skjemaversjon("2.0.0"));

        assertThat(overforing.flyttet()).isFalse();
        assertThat(overforing.felter(Overforingsstatus.MA_VURDERES)).extracting(Feltoverforing::sti).containsExactly("/pasient/hoyde");
        assertThat(overforing.felter(Overforingsstatus.FJERNET)).isEmpty();
        assertThat(overforing.svar().verdi("/pasient/hoyde")).isPresent();
        assertThat(prosess.skjemadel().orElseThrow().skjemaversjon().value()).isEqualTo("1.0.0");
        assertThat(prosess.send(prosess.innsending(utkast).build())).isInstanceOf(SendResultat.Innvilget.class);
    }

    @Test
    void afterTheServiceMovedToTheMinorVersionTheResumedAnswersAreCarriedOverAndGranted(BlareseptMockServer mock,
                                                                                         BlareseptClient client) {
        Svar utkast = Utfylling.del3().med("/pasient/ammer", com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
        String lagret = gjennomDel3(client, Testpasient.INGEN_VEDTAK).tilstand(utkast).toJson();
        mock.skjemaversjon("1.1.0"); // published while the EPJ was closed

        try (BlareseptClient ny = mock.clientBuilder().build()) {
            Prosesstilstand tilstand = Prosesstilstand.parse(lagret);
            BlareseptProsess gjenopptatt = BlareseptProsess.gjenoppta(ny, tilstand);
            Svaroverforing overforing = gjenopptatt.overforSvar(tilstand.svar());

            assertThat(overforing.endring().nyVersjon()).contains("1.1.0");
            assertThat(overforing.felter(Overforingsstatus.FJERNET)).extracting(Feltoverforing::sti).containsExactly("/pasient/ammer");
            Innsending innsending = gjenopptatt.innsending(overforing.svar()).build();
            assertThat(innsending.skjemaversjon().value()).isEqualTo("1.1.0");
            assertThat(gjenopptatt.valider(innsending).gyldig()).isTrue();
            assertThat(gjenopptatt.send(innsending)).isInstanceOf(SendResultat.Innvilget.class);
        }
    }

    @Test
    void theMockPublishesOnlyItsThreeVersionsAndResetMovesBack(BlareseptMockServer mock, BlareseptClient client) {
        assertThatThrownBy(() -> mock.skjemaversjon("9.9.9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.1.0");
        mock.skjemaversjon("2.0.0");
        assertThat(client.skjema().hent().versjon().value()).isEqualTo("2.0.0");

        mock.reset();

        assertThat(client.skjema().hent().versjon().value()).isEqualTo("1.0.0");
    }

    @Test
    void theCurrentVersionKeepsEveryAnswerWithOneFetch(BlareseptMockServer mock, BlareseptClient client) {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.INGEN_VEDTAK);

        Svaroverforing overforing = prosess.overforSvar(Utfylling.del3());

        assertThat(overforing.felter()).isNotEmpty().allMatch(f -> f.status() == Overforingsstatus.BEHOLDT);
        assertThat(mock).received(ApiEndpoint.SKJEMA).exactlyOnce();
    }

    private static BlareseptProsess gjennomDel3(BlareseptClient client, Testpasient pasient) {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(pasient.fodselsnummer().value()));
        prosess.sjekkVedtak();
        prosess.del1();
        prosess.del2(Utfylling.del1());
        prosess.del3(Utfylling.del2());
        return prosess;
    }
}
