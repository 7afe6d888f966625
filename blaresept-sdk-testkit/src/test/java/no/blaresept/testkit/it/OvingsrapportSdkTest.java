package no.blaresept.testkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Ovingsrapport;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;

/**
 * The SDK eats its own dog food: an EPJ that runs the process with {@link BlareseptProsess} — also
 * through lost answers to send — breaks no rule the rehearsal report checks.
 */
@BlareseptTest
class OvingsrapportSdkTest {

    @Test
    void theProcessHelperKeepsEveryRuleThroughLostAnswers(BlareseptMockServer mock, BlareseptClient client) {
        mock.nullstillOvingsrapport();
        // the answer to send is lost after the case went to manual processing: look up, then follow it up
        BlareseptProsess manuell = BlareseptProsessTest.gjennomDel3(client, Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer().value());
        Innsending innsending = manuell.innsending(Utfylling.del3()).build();
        manuell.valider(innsending);
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset());
        assertThatThrownBy(() -> manuell.send(innsending)).isInstanceOf(SendOutcomeUnknownException.class);
        VedtakSokResultat.SoknadTilBehandling funnet =
                (VedtakSokResultat.SoknadTilBehandling) manuell.avklarUkjentInnsending();
        client.soknad().status(funnet.soknadsreferanse().orElseThrow());

        // a 500 to send: look up, find nothing, send again
        BlareseptProsess igjen = BlareseptProsessTest.gjennomDel3(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        Innsending andre = igjen.innsending(Utfylling.del3()).build();
        igjen.valider(andre);
        mock.fault(ApiEndpoint.SEND, FaultPreset.serverError());
        assertThatThrownBy(() -> igjen.send(andre)).isInstanceOf(SendOutcomeUnknownException.class);
        igjen.avklarUkjentInnsending();
        igjen.send(andre);

        Ovingsrapport rapport = mock.ovingsrapport();
        assertThat(rapport.krav()).as(rapport.markdown()).noneMatch(k -> k.status() == Ovingsrapport.Status.BRUTT);
        assertThat(rapport.krav()).filteredOn(k -> java.util.List.of("F-0.1", "F-2.1", "F-3.1", "F-3.2", "F-3.8",
                "(headers)", "T-2.4", "T-2.5").contains(k.krav())).allMatch(k -> k.status() == Ovingsrapport.Status.OPPFYLT);
        assertThat(rapport.krav("F-3.2").orElseThrow().bevis()).extracting(Ovingsrapport.Bevis::tekst)
                .anyMatch(t -> t.startsWith("looked up testpasient MANUELL_SAKSBEHANDLING after the unknown send outcome"))
                .anyMatch(t -> t.startsWith("looked up testpasient INGEN_VEDTAK after the unknown send outcome"));
    }
}
