package no.blaresept.examples.nykommer;

// region::imports
import static no.blaresept.testkit.BlareseptMockAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.blaresept.examples.nykommer.Resultat.Utfall;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.prosess.Overforingsstatus;
import no.blaresept.sdk.prosess.Prosesstilstand;
import no.blaresept.sdk.prosess.Svaroverforing;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
// end::imports

/** The newcomer's tests: each outcome a vendor meets in the first week, against the testkit's mock. */
// region::test
@BlareseptTest                                    // one mock for the class, reset before each test
class SoknadstjenesteTest {

    @TempDir
    Path mappe;

    private static Forskrivning forskrivning(Testpasient pasient) {
        return Forskrivning.builder()
                .pasient(pasient.fodselsnummer())     // the testkit's patients each lead to one outcome
                .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                .produkt(Produkt.legemiddel("A10BJ06"))
                .build();
    }

    private Legeinput legeinput() throws IOException {
        Svar del1 = Svar.empty()                      // only what the doctor entered; prefilled answers travel by themselves
                .med("/legemiddel/dosering", TextNode.valueOf("0,25 mg én gang i uken"))
                .med("/legemiddel/behandlingsvarighetMnd", IntNode.valueOf(12));
        Svar del2 = Svar.empty().med("/diagnoser/0",
                JsonNodeFactory.instance.objectNode().put("kodeverk", "ICD-10").put("kode", "E11"));
        Svar del3 = Svar.empty().med("/erklaering/bekreftetRiktig", BooleanNode.TRUE);
        Path epikrise = Files.writeString(mappe.resolve("epikrise.pdf"),
                "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.US_ASCII);
        return new Legeinput(del1, del2, del3, List.of(Vedlegg.of(epikrise)));
    }

    @Test
    void granted(BlareseptClient client) throws IOException {
        Resultat resultat = new Soknadstjeneste(client).sok(forskrivning(Testpasient.INGEN_VEDTAK), legeinput());

        assertThat(resultat.utfall()).isEqualTo(Utfall.INNVILGET);
    }
    // end::test

    @Test
    void refused(BlareseptClient client) throws IOException {
        Resultat resultat = new Soknadstjeneste(client).sok(forskrivning(Testpasient.AVSLAG), legeinput());

        assertThat(resultat.utfall()).isEqualTo(Utfall.AVSLATT);
    }

    @Test
    void rejectedAtLookupSendsNothing(BlareseptMockServer mock, BlareseptClient client) throws IOException {
        Resultat resultat = new Soknadstjeneste(client).sok(forskrivning(Testpasient.VEDTAK_AVVISNING), legeinput());

        assertThat(resultat.utfall()).isEqualTo(Utfall.IKKE_SENDT);
        assertThat(resultat.meldinger()).as("the rejection's reasons, for the doctor").isNotEmpty();
        assertThat(mock).received(ApiEndpoint.DEL1).never();
    }

    @Test
    void manualProcessingThenStatus(BlareseptClient client) throws IOException {
        Soknadstjeneste tjeneste = new Soknadstjeneste(client);

        Resultat resultat = tjeneste.sok(forskrivning(Testpasient.MANUELL_SAKSBEHANDLING), legeinput());

        assertThat(resultat.utfall()).isEqualTo(Utfall.TIL_BEHANDLING);
        assertThat(resultat.soknadsreferanse()).isPresent();
        assertThat(tjeneste.status(resultat.soknadsreferanse().orElseThrow())).isEqualTo(Utfall.TIL_BEHANDLING);
    }

    @Test
    void neitherTheDoctorsInputNorTheResultShowsPatientDataOrFilePaths(BlareseptClient client) throws IOException {
        Legeinput input = legeinput();
        Resultat resultat = new Soknadstjeneste(client).sok(forskrivning(Testpasient.AVSLAG), input);

        assertThat(input + " " + resultat).doesNotContain("0,25 mg", "E11", mappe.toString(), "epikrise",
                Testpasient.AVSLAG.fodselsnummer().value());
    }

    @Test
    void aMissingArgumentIsNamed(BlareseptClient client) {
        assertThatNullPointerException().isThrownBy(() -> new Soknadstjeneste(null)).withMessage("client");
        assertThatNullPointerException().isThrownBy(() -> new Soknadstjeneste(client)
                .sok(forskrivning(Testpasient.INGEN_VEDTAK), null)).withMessage("input");
    }

    // region::connection-reset
    @Test
    void connectionResetAtSendIsLookedUpNotSentAgain(BlareseptMockServer mock, BlareseptClient client)
            throws IOException {
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset());   // the answer is lost after processing

        Resultat resultat = new Soknadstjeneste(client).sok(forskrivning(Testpasient.INGEN_VEDTAK), legeinput());

        assertThat(resultat.utfall()).isEqualTo(Utfall.INNVILGET);   // the lookup found the decision
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
        assertThat(mock).received(ApiEndpoint.VEDTAK_SOK).times(2);
    }
    // end::connection-reset

    @Test
    void aRefusalWhoseAnswerWasLostIsFoundByTheLookupNotSentAgain(BlareseptMockServer mock, BlareseptClient client)
            throws IOException {
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset());

        Resultat resultat = new Soknadstjeneste(client).sok(forskrivning(Testpasient.AVSLAG), legeinput());

        assertThat(resultat.utfall()).isEqualTo(Utfall.AVSLATT);
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }
    // region::resume
    @Test
    void resumedAfterARestartItGoesOnWhereTheDoctorLeft(BlareseptMockServer mock, BlareseptClient client)
            throws IOException {
        Legeinput input = legeinput();
        BlareseptProsess prosess = BlareseptProsess.start(client, forskrivning(Testpasient.INGEN_VEDTAK));
        prosess.sjekkVedtak();
        prosess.del1();                                              // the doctor is at part 1 when the EPJ closes
        String lagret = prosess.tilstand(input.del1()).toJson();     // stored with the journal data

        try (BlareseptClient etterOmstart = mock.clientBuilder().build()) {
            BlareseptProsess gjenopptatt = BlareseptProsess.gjenoppta(etterOmstart, Prosesstilstand.parse(lagret));
            Resultat resultat = new Soknadstjeneste(etterOmstart).fortsett(gjenopptatt, input);

            assertThat(resultat.utfall()).isEqualTo(Utfall.INNVILGET);
        }
        assertThat(mock).received(ApiEndpoint.DEL1).exactlyOnce();
    }
    // end::resume

    // region::carry-over
    @Test
    void answersSavedUnderTheOldVersionAreCarriedToThePublishedMinorVersion(BlareseptMockServer mock,
            BlareseptClient client) throws IOException {
        Legeinput input = legeinput();
        BlareseptProsess prosess = BlareseptProsess.start(client, forskrivning(Testpasient.INGEN_VEDTAK));
        prosess.sjekkVedtak();
        prosess.del1();
        prosess.del2(input.del1());
        prosess.del3(input.del2());
        String lagret = prosess.tilstand(input.del3()).toJson();
        mock.skjemaversjon("1.1.0");                                 // published while the EPJ was closed

        try (BlareseptClient etterOmstart = mock.clientBuilder().build()) {
            Prosesstilstand tilstand = Prosesstilstand.parse(lagret);
            BlareseptProsess gjenopptatt = BlareseptProsess.gjenoppta(etterOmstart, tilstand);
            Svaroverforing overforing = gjenopptatt.overforSvar(tilstand.svar());

            assertThat(overforing.flyttet()).isTrue();
            assertThat(overforing.felter(Overforingsstatus.FJERNET)).isEmpty();   // nothing the doctor gave is lost
            Legeinput overfort = new Legeinput(input.del1(), input.del2(), overforing.svar(), input.vedlegg());
            assertThat(new Soknadstjeneste(etterOmstart).fortsett(gjenopptatt, overfort).utfall())
                    .isEqualTo(Utfall.INNVILGET);
        }
    }
    // end::carry-over
// region::test
}
// end::test
