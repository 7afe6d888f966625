package no.blaresept.testkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.error.NotFoundException;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.sdk.vedtak.Vedtak;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.sdk.vedtak.Vedtaksdokument;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every outcome of the decision lookup (F-1.x), through the public client against the mock. */
@BlareseptTest
@ExtendWith(LoggFangst.class)
class VedtakSokTest {

    @Test
    void vedtakFunnetCarriesTheDecisionAndItsTexts(BlareseptClient client) {
        VedtakSokResultat r = client.vedtak().sok(Utfylling.forskrivning(Testpasient.VEDTAK_FUNNET.fodselsnummer().value()));

        assertThat(r).isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
        VedtakSokResultat.VedtakFunnet funnet = (VedtakSokResultat.VedtakFunnet) r;
        Vedtak vedtak = funnet.vedtak().get(0);
        assertThat(vedtak.produkt().atcKode()).hasValue("A10BJ06");
        assertThat(vedtak.innhold()).hasValueSatisfying(t -> assertThat(t).contains("blåreseptforskriften § 3"));
        assertThat(vedtak.vilkar()).isNotEmpty();
        assertThat(vedtak.tekster()).extracting(t -> t.overskrift().orElse("")).contains("Refusjonsvilkår");
        assertThat(funnet.maLeseVedtaksdokument()).isFalse();
        assertThat(r.standardvalg()).isEqualTo(Neste.AVSLUTT);
    }

    @Test
    void vedtakThatMustBeReadLetsTheDoctorFetchTheLetterAsPdf(BlareseptClient client) {
        VedtakSokResultat.VedtakFunnet funnet = (VedtakSokResultat.VedtakFunnet) client.vedtak()
                .sok(Utfylling.forskrivning(Testpasient.VEDTAK_FUNNET_MA_LESE_DOKUMENT.fodselsnummer().value()));

        assertThat(funnet.maLeseVedtaksdokument()).isTrue();
        Dokumentreferanse ref = funnet.vedtak().get(0).vedtaksdokument().orElseThrow();
        Vedtaksdokument brev = client.vedtak().hentVedtaksdokument(ref);
        assertThat(brev.mediatype()).isEqualTo("application/pdf");
        assertThat(new String(brev.innhold(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.");
        assertThat(new String(brev.innhold(), java.nio.charset.StandardCharsets.ISO_8859_1)).endsWith("%%EOF\n");
    }

    @Test
    void unknownDocumentReferenceIsNotFound(BlareseptClient client) {
        assertThatThrownBy(() -> client.vedtak().hentVedtaksdokument(new Dokumentreferanse("VB-FINNES-IKKE")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void ingenVedtakLetsTheDoctorApply(BlareseptClient client) {
        VedtakSokResultat r = client.vedtak().sok(Utfylling.forskrivning(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));

        assertThat(r).isInstanceOf(VedtakSokResultat.IngenVedtak.class);
        assertThat(r.standardvalg()).isEqualTo(Neste.GA_VIDERE);
    }

    @Test
    void soknadTilBehandlingCarriesTheReference(BlareseptClient client) {
        VedtakSokResultat r = client.vedtak().sok(Utfylling.forskrivning(Testpasient.SOKNAD_TIL_BEHANDLING.fodselsnummer().value()));

        assertThat(r).isInstanceOfSatisfying(VedtakSokResultat.SoknadTilBehandling.class,
                s -> assertThat(s.soknadsreferanse()).isPresent());
        assertThat(r.standardvalg()).isEqualTo(Neste.AVSLUTT);
    }

    @Test
    void varselShowsTheWarningAndLetsTheDoctorGoOn(BlareseptClient client) {
        VedtakSokResultat r = client.vedtak().sok(Utfylling.forskrivning(Testpasient.VEDTAK_VARSEL.fodselsnummer().value()));

        assertThat(r).isInstanceOf(VedtakSokResultat.Varsel.class);
        assertThat(r.meldinger()).extracting(m -> m.kode()).containsExactly("UTLOPER_SNART");
        assertThat(r.kanGaVidere()).isTrue();
    }

    @Test
    void avvisningEndsTheProcess(BlareseptClient client) {
        VedtakSokResultat r = client.vedtak().sok(Utfylling.forskrivning(Testpasient.VEDTAK_AVVISNING.fodselsnummer().value()));

        assertThat(r).isInstanceOf(VedtakSokResultat.Avvisning.class);
        assertThat(r.meldinger().get(0).tekst()).contains("h-reseptlegemiddel");
        assertThat(r.kanGaVidere()).isFalse();
    }

    @Test
    void unknownOutcomeCodeBecomesUkjentUtfallWithTheRawCode(BlareseptClient client) {
        VedtakSokResultat r = client.vedtak().sok(Utfylling.forskrivning(Testpasient.VEDTAK_UKJENT_UTFALL.fodselsnummer().value()));

        assertThat(r).isInstanceOfSatisfying(VedtakSokResultat.UkjentUtfall.class,
                u -> assertThat(u.kode()).isEqualTo(Scenario.VEDTAK_UKJENT_UTFALL.utfall()));
    }

    @Test
    void scenarioProgrammedByTheTestOverridesTheTestPatient(BlareseptMockServer mock, BlareseptClient client) {
        mock.scenario(Testpasient.VEDTAK_AVVISNING.fodselsnummer().value(), Scenario.VEDTAK_FUNNET);

        assertThat(client.vedtak().sok(Utfylling.forskrivning(Testpasient.VEDTAK_AVVISNING.fodselsnummer().value())))
                .isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
        assertThat(client.vedtak().sok(Utfylling.forskrivning(Testpasient.VEDTAK_VARSEL.fodselsnummer().value())))
                .isInstanceOf(VedtakSokResultat.Varsel.class);
    }

    @Test
    void asyncLookupGivesTheSameOutcome(BlareseptClient client) {
        assertThat(client.vedtak().sokAsync(Utfylling.forskrivning(Testpasient.VEDTAK_FUNNET.fodselsnummer().value())).join())
                .isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
    }
}
