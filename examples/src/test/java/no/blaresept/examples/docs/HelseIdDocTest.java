package no.blaresept.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import no.blaresept.testkit.helseid.MockHelseIdClient;
import no.blaresept.testkit.helseid.MockHelseIdSts;
import org.junit.jupiter.api.Test;

/** The snippets of docs/helseid.md that run against the mock STS. */
class HelseIdDocTest {

    @Test
    void theUserLoginSnippetBuildsAClient() throws Exception {
        try (MockHelseIdSts sts = MockHelseIdSts.start()) {
            MockHelseIdClient epj = sts.registerClient("my-epj");
            try (HelseIdTokenProvider helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
                    .issuer(sts.issuer()).clientId(epj.clientId()).clientKey(epj.clientKey()).build());
                 BlareseptClient client = HelseIdDoc.userLogin(helseId, URI.create("https://epj.example/helseid/callback"),
                         uri -> sts.simulateUserLogin(uri))) {
                // The newcomer's copy threw InvalidInputException ("environment is required") at build().
                assertThat(client).isNotNull();
            }
        }
    }

    @Test
    void theTestkitSnippetCallsTheMockApiWithTheMockStsTokens() {
        Forskrivning forskrivning = Forskrivning.builder().pasient(Testpasient.VEDTAK_FUNNET.fodselsnummer())
                .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3).produkt(Produkt.legemiddel("A10BJ06")).build();
        VedtakSokResultat resultat;
        // region::testkit
        try (MockHelseIdSts sts = MockHelseIdSts.start();
             BlareseptMockServer api = BlareseptMockServer.builder().accessCheck(sts.apiAccessCheck()).start()) {
            MockHelseIdClient epj = sts.registerClient("my-epj");
            HelseIdTokenProvider helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
                    .issuer(sts.issuer()).clientId(epj.clientId()).clientKey(epj.clientKey()).build());
            BlareseptClient client = api.clientBuilder().authentication(helseId).build();
            // the mock API now accepts only the mock STS's tokens with valid proofs and ath
            // end::testkit
            resultat = client.vedtak().sok(forskrivning);
            client.close();
            helseId.close();
            // region::testkit
        }
        // end::testkit
        assertThat(resultat).isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
    }
}
