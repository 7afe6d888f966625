package no.blaresept.testkit.it;

import static no.blaresept.testkit.BlareseptMockAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole process (F-0.2) in the right order through the public client, and what every request
 * carried on the wire: correlation id, a User-Agent naming SDK and EPJ, the token — and never a
 * fødselsnummer in a URL.
 */
@BlareseptTest
@ExtendWith(LoggFangst.class)
class ProsessTest {

    @ParameterizedTest
    @EnumSource(value = Testpasient.class, names = {"INGEN_VEDTAK", "D_NUMMER"})
    void theWholeProcessRunsInOrderFromLookupToGrant(Testpasient pasient, BlareseptMockServer mock,
                                                   BlareseptClient client) {
        assertThat(client.vedtak().sok(Utfylling.forskrivning(pasient.fodselsnummer().value())))
                .isInstanceOf(VedtakSokResultat.IngenVedtak.class);
        Innsending innsending = Utfylling.utfylt(client, pasient.fodselsnummer().value());
        assertThat(client.soknad().valider(innsending).gyldig()).isTrue();
        SendResultat sendt = client.soknad().send(innsending);
        assertThat(sendt).isInstanceOf(SendResultat.Innvilget.class);
        assertThat(client.vedtak().sok(Utfylling.forskrivning(pasient.fodselsnummer().value())))
                .isInstanceOf(VedtakSokResultat.VedtakFunnet.class);

        assertThat(mock.mottatt()).extracting(m -> m.endepunkt().orElseThrow()).containsExactly(
                ApiEndpoint.VEDTAK_SOK, ApiEndpoint.DEL1, ApiEndpoint.DEL2, ApiEndpoint.DEL3, ApiEndpoint.VALIDER,
                ApiEndpoint.SEND, ApiEndpoint.VEDTAK_SOK);
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }

    @Test
    void everyRequestCarriesCorrelationIdUserAgentAndTokenAndNoFodselsnummerInItsUrl(BlareseptMockServer mock,
                                                                                   BlareseptClient client) {
        SendResultat.Innvilget sendt = (SendResultat.Innvilget) client.soknad()
                .send(Utfylling.utfylt(client, Testpasient.INGEN_VEDTAK.fodselsnummer().value()));
        client.soknad().status(sendt.soknadsreferanse().orElseThrow());
        client.skjema().hent();

        assertThat(mock).receivedRequests()
                .everyRequestHasHeaders("X-Correlation-ID", "User-Agent", "Authorization")
                .hasNoFodselsnummerInUrls();
        for (ApiEndpoint e : new ApiEndpoint[] {ApiEndpoint.DEL1, ApiEndpoint.SEND, ApiEndpoint.STATUS, ApiEndpoint.SKJEMA}) {
            assertThat(mock).received(e)
                    .withHeaderMatching("X-Correlation-ID", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                    .withHeaderMatching("User-Agent", "blaresept-sdk/\\S+ \\(EPJ: Testkit-EPJ/1\\.0\\)")
                    .withHeaderMatching("Authorization", "Bearer " + BlareseptMockServer.TESTTOKEN_PREFIX
                            + e.scope().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void theAsyncCallsRunTheSameProcess(BlareseptMockServer mock, BlareseptClient client) {
        CompletableFuture<SendResultat> sendt = client.vedtak()
                .sokAsync(Utfylling.forskrivning(Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer().value()))
                .thenCompose(v -> client.soknad().del1Async(Utfylling.forskrivning(Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer().value())))
                .thenApply(Utfylling::skjema)
                .thenCompose(d1 -> client.soknad().del2Async(d1, Utfylling.del1()))
                .thenApply(Utfylling::skjema)
                .thenCompose(d2 -> client.soknad().del3Async(d2, Utfylling.del2()))
                .thenApply(Utfylling::skjema)
                .thenApply((Skjemadel d3) -> d3.innsending(Utfylling.del3()).build())
                .thenCompose(i -> client.soknad().validerAsync(i).thenCompose(v -> client.soknad().sendAsync(i)));

        assertThat(sendt.join()).isInstanceOf(SendResultat.ManuellSaksbehandling.class);
        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce();
    }

    @Test
    void varselAtDel1StillLeadsToASubmittableForm(BlareseptClient client) {
        SkjemaResultat del1 = client.soknad().del1(Utfylling.forskrivning(Testpasient.SKJEMA_VARSEL.fodselsnummer().value()));
        Skjemadel d1 = Utfylling.skjema(del1);
        Skjemadel d2 = Utfylling.skjema(client.soknad().del2(d1, Utfylling.del1()));
        Skjemadel d3 = Utfylling.skjema(client.soknad().del3(d2, Utfylling.del2()));

        assertThat(client.soknad().send(d3.innsending(Utfylling.del3()).build()))
                .isInstanceOf(SendResultat.Innvilget.class);
    }
}
