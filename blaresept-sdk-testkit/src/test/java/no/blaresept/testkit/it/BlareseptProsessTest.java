package no.blaresept.testkit.it;

import static no.blaresept.testkit.BlareseptMockAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.blaresept.schema.Rensing;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.error.ServiceUnavailableException;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.prosess.Prosesssteg;
import no.blaresept.sdk.prosess.ProsesstegException;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import no.blaresept.schema.Svar;

/** The F-0.2 process helper: order of calls, default choices, stale answers, and no duplicate sends. */
@BlareseptTest
@ExtendWith(LoggFangst.class)
class BlareseptProsessTest {

    @Test
    void walksEveryStepInTheSpecifiedOrder(BlareseptMockServer mock, BlareseptClient client) {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.VEDTAKSSPORRING);

        assertThat(prosess.sjekkVedtak()).isInstanceOf(VedtakSokResultat.IngenVedtak.class);
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.DEL1);
        prosess.del1();
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.DEL2);
        prosess.del2(Utfylling.del1());
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.DEL3);
        prosess.del3(Utfylling.del2());
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.INNSENDING);
        assertThat(prosess.skjemamodell().orElseThrow().felter()).isNotEmpty();

        Innsending innsending = prosess.innsending(Utfylling.del3()).build();
        assertThat(prosess.valider(innsending).gyldig()).isTrue();
        assertThat(prosess.send(innsending)).isInstanceOf(SendResultat.Innvilget.class);

        assertThat(prosess.steg()).isEqualTo(Prosesssteg.AVSLUTTET);
        assertThat(prosess.soknadsreferanse()).isPresent();
        assertThat(mock).received(ApiEndpoint.VEDTAK_SOK).exactlyOnce();
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }

    @Test
    void refusesACallOutOfOrderBeforeSendingAnything(BlareseptMockServer mock, BlareseptClient client) {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));

        assertThatThrownBy(prosess::del1).isInstanceOfSatisfying(ProsesstegException.class, e -> {
            assertThat(e.steg()).isEqualTo(Prosesssteg.VEDTAKSSPORRING);
            assertThat(e).hasMessageContaining("sjekkVedtak");
        });
        prosess.sjekkVedtak();
        assertThatThrownBy(() -> prosess.del2(Svar.empty()))
                .isInstanceOf(ProsesstegException.class);
        assertThatThrownBy(prosess::sjekkVedtak).isInstanceOf(ProsesstegException.class);

        assertThat(mock).received(ApiEndpoint.DEL1).never();
        assertThat(mock).received(ApiEndpoint.DEL2).never();
        assertThat(mock).received(ApiEndpoint.VEDTAK_SOK).exactlyOnce();
    }

    @Test
    void aRejectedLookupEndsTheProcess(BlareseptMockServer mock, BlareseptClient client) {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(Testpasient.VEDTAK_AVVISNING.fodselsnummer().value()));

        assertThat(prosess.sjekkVedtak()).isInstanceOf(VedtakSokResultat.Avvisning.class);

        assertThat(prosess.steg()).isEqualTo(Prosesssteg.AVSLUTTET);
        assertThatThrownBy(prosess::del1).isInstanceOf(ProsesstegException.class);
        assertThat(mock).received(ApiEndpoint.DEL1).never();
    }

    @Test
    void aFoundDecisionDefaultsToEndingButTheDoctorMayApplyAnyway(BlareseptClient client) {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(Testpasient.VEDTAK_FUNNET.fodselsnummer().value()));

        VedtakSokResultat resultat = prosess.sjekkVedtak();

        assertThat(resultat.standardvalg()).isEqualTo(Neste.AVSLUTT);
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.DEL1);
        assertThat(prosess.del1()).isInstanceOf(SkjemaResultat.Skjema.class);
    }

    @Test
    void aRejectedFormEndsTheProcess(BlareseptClient client) {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(Testpasient.SKJEMA_AVVISNING.fodselsnummer().value()));
        prosess.sjekkVedtak();

        assertThat(prosess.del1()).isInstanceOf(SkjemaResultat.Avvisning.class);
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.AVSLUTTET);
    }

    @Test
    void removesAnswersOfHiddenBranchesUnlessToldToKeepThem(BlareseptClient client) {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Svar svar = Utfylling.del3().med("/tilleggsopplysninger", JsonNodeFactory.instance.objectNode()
                .put("harBivirkninger", false).put("bivirkningBeskrivelse", "Kvalme etter dose"));

        ObjectNode renset = prosess.innsending(svar).build().svar().json();
        ObjectNode beholdt = prosess.innsending(svar, Rensing.BEHOLD_SKJULTE).build().svar().json();

        assertThat(renset.at("/tilleggsopplysninger/bivirkningBeskrivelse").isMissingNode()).isTrue();
        assertThat(renset.at("/tilleggsopplysninger/harBivirkninger").asBoolean(true)).isFalse();
        assertThat(beholdt.at("/tilleggsopplysninger/bivirkningBeskrivelse").asText()).isEqualTo("Kvalme etter dose");
    }

    @Test
    void afterAnUnknownSendOutcomeItLooksUpBeforeAnySecondSend(BlareseptMockServer mock, BlareseptClient client) {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer().value());
        Innsending innsending = prosess.innsending(Utfylling.del3()).build();
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset()); // the mock processes it, then the line drops

        assertThatThrownBy(() -> prosess.send(innsending)).isInstanceOf(SendOutcomeUnknownException.class);
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.UKJENT_INNSENDING);
        assertThatThrownBy(() -> prosess.send(innsending)).isInstanceOf(ProsesstegException.class);

        assertThat(prosess.avklarUkjentInnsending()).isInstanceOf(VedtakSokResultat.SoknadTilBehandling.class);
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.AVSLUTTET);
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }

    @Test
    void aRefusedApplicationWhoseAnswerWasLostIsFoundRefusedAndNeverSentAgain(BlareseptMockServer mock,
                                                                            BlareseptClient client) {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.AVSLAG.fodselsnummer().value());
        Innsending innsending = prosess.innsending(Utfylling.del3()).build();
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset()); // refused by the mock, then the line drops

        assertThatThrownBy(() -> prosess.send(innsending)).isInstanceOf(SendOutcomeUnknownException.class);

        assertThat(prosess.avklarUkjentInnsending()).isInstanceOfSatisfying(VedtakSokResultat.AvslattSoknad.class,
                a -> assertThat(a.soknadsreferanse()).isPresent());
        assertThat(prosess.steg()).isEqualTo(Prosesssteg.AVSLUTTET);
        assertThat(prosess.soknadsreferanse()).isPresent();
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }

    @Test
    void anUnknownOutcomeThatNeverArrivedAllowsSendingAgainAfterTheLookup(BlareseptMockServer mock,
                                                                          BlareseptClient client) {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Innsending innsending = prosess.innsending(Utfylling.del3()).build();
        mock.fault(ApiEndpoint.SEND, FaultPreset.serverError()); // refused without processing

        assertThatThrownBy(() -> prosess.send(innsending)).isInstanceOf(SendOutcomeUnknownException.class);
        assertThat(prosess.avklarUkjentInnsending()).isInstanceOf(VedtakSokResultat.IngenVedtak.class);

        assertThat(prosess.steg()).isEqualTo(Prosesssteg.INNSENDING);
        assertThat(prosess.send(innsending)).isInstanceOf(SendResultat.Innvilget.class);
    }

    @Test
    void aSendRefusedBeforeProcessingMayBeSentAgain(BlareseptClient client, BlareseptMockServer mock) {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Innsending innsending = prosess.innsending(Utfylling.del3()).build();
        mock.fault(ApiEndpoint.SEND, FaultPreset.unavailable(java.time.Duration.ofSeconds(1)));

        assertThatThrownBy(() -> prosess.send(innsending)).isInstanceOf(ServiceUnavailableException.class);

        assertThat(prosess.steg()).isEqualTo(Prosesssteg.INNSENDING);
        assertThat(prosess.send(innsending)).isInstanceOf(SendResultat.Innvilget.class);
    }

    @Test
    void twoThreadsPressingSendAtOnceCauseOneSend(BlareseptMockServer mock, BlareseptClient client) throws Exception {
        BlareseptProsess prosess = gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Innsending innsending = prosess.innsending(Utfylling.del3()).build();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> press = () -> {
            start.await();
            try {
                return prosess.send(innsending);
            } catch (ProsesstegException e) {
                return e;
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>(List.of(threads.submit(press), threads.submit(press)));
            start.countDown();

            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).hasOnlyElementsOfTypes(SendResultat.Innvilget.class, ProsesstegException.class)
                    .filteredOn(ProsesstegException.class::isInstance).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }

    @Test
    void refusesAnApplicationBuiltForAnotherProcess(BlareseptClient client) {
        BlareseptProsess en = gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        BlareseptProsess annen = gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Innsending annensInnsending = annen.innsending(Utfylling.del3()).build();

        assertThatThrownBy(() -> en.send(annensInnsending)).isInstanceOf(ProsesstegException.class)
                .hasMessageContaining("another application");
        assertThat(en.steg()).isEqualTo(Prosesssteg.INNSENDING);
    }

    @Test
    void toStringShowsTheStepButNoPersonalData(BlareseptClient client) {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));

        assertThat(prosess.toString()).contains("VEDTAKSSPORRING").doesNotContain(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
    }

    /** A process that has looked up and filled del1–del3 for the patient, ready for valider and send. */
    static BlareseptProsess gjennomDel3(BlareseptClient client, String fodselsnummer) {
        BlareseptProsess prosess = BlareseptProsess.start(client, Utfylling.forskrivning(fodselsnummer));
        prosess.sjekkVedtak();
        prosess.del1();
        prosess.del2(Utfylling.del1());
        prosess.del3(Utfylling.del2());
        return prosess;
    }
}
