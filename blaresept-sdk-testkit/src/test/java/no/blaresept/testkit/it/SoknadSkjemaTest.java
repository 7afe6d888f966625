package no.blaresept.testkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.error.InputRejectedException;
import no.blaresept.sdk.error.NotFoundException;
import no.blaresept.sdk.soknad.SoknadSkjema;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.SkjemaResultat;

import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import no.blaresept.schema.Svar;

/** Every outcome of del1–del3 (F-2.1–F-2.4) and getSoknadSkjema (F-4.1), through the public client. */
@BlareseptTest
@ExtendWith(LoggFangst.class)
class SoknadSkjemaTest {

    @Test
    void del1ReturnsPartOneWithPrefilledPatientSenderAndProduct(BlareseptClient client) {
        SkjemaResultat r = client.soknad().del1(Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));

        assertThat(r).isInstanceOf(SkjemaResultat.Skjema.class);
        Skjemadel del = ((SkjemaResultat.Skjema) r).skjemadel();
        assertThat(del.skjema().path("properties").has("pasient")).isTrue();
        assertThat(del.forhandsutfylt().json().at("/pasient/fodselsnummer").asText()).isEqualTo(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        assertThat(del.forhandsutfylt().json().at("/legemiddel/navn").asText()).isEqualTo("Ozempic (semaglutid)");
        assertThat(del.skjemaversjon().value()).isEqualTo("1.0.0");
        assertThat(r.standardvalg()).isEqualTo(Neste.GA_VIDERE);
    }

    @Test
    void del2AndDel3CarryTheAnswersOnAndReturnTheWholeForm(BlareseptClient client) {
        Skjemadel del3 = Utfylling.gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());

        assertThat(del3.skjema().path("required").toString()).contains("erklaering");
        assertThat(del3.forhandsutfylt().json().at("/diagnoser/0/kode").asText()).isEqualTo("E11");
        assertThat(del3.forhandsutfylt().json().at("/legemiddel/dosering").asText()).isNotEmpty();
    }

    @Test
    void varselComesWithTheFormSoTheDoctorCanGoOn(BlareseptClient client) {
        SkjemaResultat r = client.soknad().del1(Utfylling.forskrivning(Testpasient.SKJEMA_VARSEL.fodselsnummer().value()));

        assertThat(r).isInstanceOfSatisfying(SkjemaResultat.VarselMedSkjema.class, v -> {
            assertThat(v.meldinger()).extracting(m -> m.kode()).containsExactly("TIDLIGERE_AVSLAG");
            assertThat(v.skjemadel().skjema().isObject()).isTrue();
        });
        assertThat(r.kanGaVidere()).isTrue();
    }

    @Test
    void avvisningAtDel1EndsTheApplication(BlareseptClient client) {
        SkjemaResultat r = client.soknad().del1(Utfylling.forskrivning(Testpasient.SKJEMA_AVVISNING.fodselsnummer().value()));

        assertThat(r).isInstanceOf(SkjemaResultat.Avvisning.class);
        assertThat(r.kanGaVidere()).isFalse();
    }

    @Test
    void avvisningCanBeProgrammedAtDel2(BlareseptMockServer mock, BlareseptClient client) {
        mock.scenario(ApiEndpoint.DEL2, Scenario.SKJEMA_AVVISNING);
        Skjemadel del1 = Utfylling.skjema(client.soknad().del1(Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value())));

        assertThat(client.soknad().del2(del1, Utfylling.del1())).isInstanceOf(SkjemaResultat.Avvisning.class);
    }

    @Test
    void unknownOutcomeCodeBecomesUkjentUtfall(BlareseptClient client) {
        assertThat(client.soknad().del1(Utfylling.forskrivning(Testpasient.SKJEMA_UKJENT_UTFALL.fodselsnummer().value())))
                .isInstanceOfSatisfying(SkjemaResultat.UkjentUtfall.class,
                        u -> assertThat(u.kode()).isEqualTo(Scenario.SKJEMA_UKJENT_UTFALL.utfall()));
    }

    @Test
    void del2BeforeDel1IsRejectedAsAStateConflict(BlareseptClient client) {
        Skjemadel ukjent = new Skjemadel(new SoknadId("ikke-startet-0001"), new Skjemaversjon("1.0.0"),
                JsonNodeFactory.instance.objectNode(), Svar.empty());

        assertThatThrownBy(() -> client.soknad().del2(ukjent, Svar.empty()))
                .isInstanceOfSatisfying(InputRejectedException.class,
                        e -> assertThat(e.httpStatus()).hasValue(409));
    }

    @Test
    void answersThatBreakThePartsSchemaAreRejectedWithFieldErrors(BlareseptClient client) {
        Skjemadel del1 = Utfylling.skjema(client.soknad().del1(Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value())));

        assertThatThrownBy(() -> client.soknad().del2(del1, Svar.empty()))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> {
                    assertThat(e.httpStatus()).hasValue(400);
                    assertThat(e.feil()).extracting(f -> f.sti()).contains("/legemiddel/dosering");
                });
    }

    @Test
    void getSoknadSkjemaServesTheCurrentAndPublishedVersions(BlareseptClient client) {
        SoknadSkjema gjeldende = client.skjema().hent();
        assertThat(gjeldende.versjon().value()).isEqualTo("1.0.0");
        assertThat(gjeldende.skjema().path("properties").has("erklaering")).isTrue();

        assertThat(client.skjema().hent(new Skjemaversjon("1.1.0")).versjon().value()).isEqualTo("1.1.0");
        assertThat(client.skjema().hentAsync(new Skjemaversjon("2.0.0")).join().versjon().major()).isEqualTo(2);
        assertThatThrownBy(() -> client.skjema().hent(new Skjemaversjon("0.9"))).isInstanceOf(NotFoundException.class);
    }
}
