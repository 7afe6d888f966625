package no.blaresept.examples.docs;

// region::imports
import static org.assertj.core.api.Assertions.assertThat;

import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.Test;
// end::imports

/** The JUnit snippet of docs/testkit.md, as the test it shows. */
// region::junit
@BlareseptTest                                   // one mock per class, reset before each test
class VedtakTest {

    private final Forskrivning forskrivning = Forskrivning.builder()
            .pasient(Testpasient.INGEN_VEDTAK.fodselsnummer())
            .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
            .produkt(Produkt.legemiddel("A10BJ06"))
            .build();

    @Test
    void findsDecision(BlareseptMockServer mock, BlareseptClient client) {
        mock.scenario(Scenario.VEDTAK_FUNNET_MA_LESE_DOKUMENT);
        assertThat(client.vedtak().sok(forskrivning)).isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
    }
}
// end::junit
