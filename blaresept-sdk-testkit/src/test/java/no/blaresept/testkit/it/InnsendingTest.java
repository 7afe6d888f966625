package no.blaresept.testkit.it;

import static no.blaresept.testkit.BlareseptMockAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.error.InputRejectedException;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Feilkode;
import java.util.List;
import no.blaresept.sdk.error.InvalidInputException;

/** valider, send and status (F-3.x), every outcome, through the public client. */
@BlareseptTest
@ExtendWith(LoggFangst.class)
class InnsendingTest {

    @Test
    void validerAcceptsACompleteApplication(BlareseptClient client) {
        assertThat(client.soknad().valider(Utfylling.utfylt(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value())))
                .satisfies(r -> assertThat(r.gyldig()).isTrue());
    }

    @Test
    void validerReportsEachSchemaViolationWithItsPath(BlareseptClient client) {
        Skjemadel del3 = Utfylling.gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Valideringsresultat r = client.soknad().valider(del3.innsending(Svar.empty()).build());

        assertThat(r.feil()).anySatisfy(f -> {
            assertThat(f.sti()).isEqualTo("/erklaering");
            assertThat(f.kode()).isEqualTo(Feilkode.PAKREVD);
        });
    }

    @Test
    void validerReportsABusinessRuleErrorForTheTestPatient(BlareseptClient client) {
        assertThat(client.soknad().valider(Utfylling.utfylt(client, Testpasient.VALIDER_FEIL.fodselsnummer().value())))
                .satisfies(r -> assertThat(r.feil()).extracting(f -> f.kode(), f -> f.regelkode())
                        .containsExactly(tuple(Feilkode.ANNET, "DIAGNOSE_GIR_IKKE_REFUSJON")));
    }

    @Test
    void innvilgetCarriesTheReceiptAndItsTextsAndStatusAgrees(BlareseptClient client) {
        SendResultat r = client.soknad().send(Utfylling.utfylt(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value()));

        assertThat(r).isInstanceOf(SendResultat.Innvilget.class);
        SendResultat.Innvilget innvilget = (SendResultat.Innvilget) r;
        assertThat(innvilget.kvittering().produkt().atcKode()).hasValue("A10BJ06");
        assertThat(innvilget.kvittering().tekster()).extracting(t -> t.tekst()).anyMatch(t -> t.contains("blå resept"));
        assertThat(client.soknad().status(innvilget.soknadsreferanse().orElseThrow()))
                .isInstanceOf(SoknadStatus.Innvilget.class);
    }

    @Test
    void avslagCarriesTheReasons(BlareseptClient client) {
        SendResultat r = client.soknad().send(Utfylling.utfylt(client, Testpasient.AVSLAG.fodselsnummer().value()));

        assertThat(r).isInstanceOfSatisfying(SendResultat.Avslag.class, a -> assertThat(a.avslagsgrunner())
                .extracting(m -> m.kode()).contains("VILKAR_IKKE_OPPFYLT"));
    }

    @Test
    void manuellSaksbehandlingGivesAReferenceWhoseStatusFollowsTheDecision(BlareseptMockServer mock,
                                                                         BlareseptClient client) {
        SendResultat r = client.soknad().send(Utfylling.utfylt(client, Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer().value()));

        Soknadsreferanse ref = ((SendResultat.ManuellSaksbehandling) r).soknadsreferanse();
        assertThat(client.soknad().status(ref)).isInstanceOf(SoknadStatus.UnderBehandling.class);
        assertThat(client.vedtak().sok(Utfylling.forskrivning(Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer().value())))
                .isInstanceOf(VedtakSokResultat.SoknadTilBehandling.class);

        mock.avgjor(ref.value(), false);
        assertThat(client.soknad().statusAsync(ref).join()).isInstanceOfSatisfying(SoknadStatus.Avslag.class,
                a -> assertThat(a.avslagsgrunner()).isNotEmpty());
    }

    @Test
    void avvisningForTheTestPatientNamesTheOutdatedSchemaVersion(BlareseptClient client) {
        SendResultat r = client.soknad().send(Utfylling.utfylt(client, Testpasient.SEND_AVVISNING.fodselsnummer().value()));

        assertThat(r).isInstanceOfSatisfying(SendResultat.Avvisning.class, a -> assertThat(a.meldinger())
                .extracting(m -> m.kode()).containsExactly("UTGATT_SKJEMAVERSJON"));
    }

    @Test
    void anApplicationFilledInAnOlderSchemaVersionIsRejected(BlareseptClient client) {
        Skjemadel del3 = Utfylling.gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Innsending gammel = del3.innsending(Utfylling.del3()).skjemaversjon(new Skjemaversjon("0.9.0")).build();

        assertThat(client.soknad().send(gammel)).isInstanceOf(SendResultat.Avvisning.class);
    }

    @Test
    void unknownSendOutcomeBecomesUkjentUtfall(BlareseptClient client) {
        assertThat(client.soknad().send(Utfylling.utfylt(client, Testpasient.SEND_UKJENT_UTFALL.fodselsnummer().value())))
                .isInstanceOfSatisfying(SendResultat.UkjentUtfall.class,
                        u -> assertThat(u.kode()).isEqualTo(Scenario.SEND_UKJENT_UTFALL.utfall()));
    }

    @Test
    void aSecondSendOfTheSameApplicationIsRefusedAsDuplicate(BlareseptMockServer mock, BlareseptClient client) {
        Innsending innsending = Utfylling.utfylt(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        client.soknad().send(innsending);

        assertThatThrownBy(() -> client.soknad().send(innsending))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.httpStatus()).hasValue(409));
        assertThat(mock).received(ApiEndpoint.SEND).times(2);
    }

    @Test
    void aPdfAttachmentArrivesIntact(BlareseptMockServer mock, BlareseptClient client, @TempDir Path dir)
            throws Exception {
        byte[] innhold = "%PDF-1.4\n% syntetisk epikrise\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path pdf = Files.write(dir.resolve("epikrise.pdf"), innhold);
        Skjemadel del3 = Utfylling.gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Innsending medVedlegg = del3.innsending(Utfylling.del3()).vedlegg("/vedlegg/0/innhold", Vedlegg.of(pdf)).build();

        assertThat(client.soknad().valider(medVedlegg).gyldig()).isTrue();
        assertThat(client.soknad().send(medVedlegg)).isInstanceOf(SendResultat.Innvilget.class);
        assertThat(mock.mottatt(ApiEndpoint.SEND).get(0).body())
                .contains(java.util.Base64.getEncoder().encodeToString(innhold), "\"mimetype\":\"application/pdf\"");
    }

    @Test
    void anAttachmentOnAFieldTheFormDoesNotDeclareIsRefusedBeforeSendingAndByTheMock(BlareseptMockServer mock,
            BlareseptClient client, @TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("epikrise.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Skjemadel del3 = Utfylling.gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());

        for (String felt : List.of("/finnes/ikke", "/vedlegg", "/vedlegg/0/filnavn")) {
            assertThatThrownBy(() -> del3.innsending(Utfylling.del3()).vedlegg(felt, Vedlegg.of(pdf)).build())
                    .as(felt).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo("VEDLEGG_FELT_UKJENT");
                        assertThat(e).hasMessageContaining("/vedlegg/-/innhold");
                    });
        }
        // A client that skips the SDK's check (the builder without the form) meets the mock's.
        Innsending utenSjekk = Innsending.builder().soknadId(del3.soknadId()).skjemaversjon(del3.skjemaversjon())
                .svar(del3.innsending(Utfylling.del3()).build().svar()).vedlegg("/finnes/ikke", Vedlegg.of(pdf)).build();
        assertThat(client.soknad().valider(utenSjekk).feil()).extracting(f -> f.sti(), f -> f.regelkode())
                .contains(tuple("/vedlegg/0/felt", "VEDLEGG_FELT_UKJENT"));
        assertThat(mock).received(ApiEndpoint.SEND).never();
    }
}
