package no.blaresept.examples.docs;

// region::imports
import static no.blaresept.testkit.BlareseptMockAssert.assertThat;

import java.time.Duration;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockExtension;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.Testpasient;
// end::imports
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.error.ServiceUnavailableException;
import no.blaresept.sdk.soknad.SendResultat;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The snippets of docs/testkit.md, run against the mock they describe. */
class TestkitDocTest {

    private static final Timeouts myTimeouts = Timeouts.DEFAULT.withTotal(Duration.ofSeconds(10));

    // region::extension
    @RegisterExtension
    static final BlareseptMockExtension BLARESEPT = new BlareseptMockExtension()
            .client(b -> b.timeouts(myTimeouts).retryPolicy(RetryPolicy.NONE));
    // end::extension

    private static Forskrivning forskrivning(Testpasient pasient) {
        return Forskrivning.builder().pasient(pasient.fodselsnummer()).hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                .produkt(Produkt.legemiddel("A10BJ06")).build();
    }

    @Test
    void embedded() {
        // region::embedded
        try (BlareseptMockServer mock = BlareseptMockServer.start();        // 127.0.0.1, random port
             BlareseptClient client = mock.clientBuilder().build()) {       // base URL, EPJ system, test token
            VedtakSokResultat r = client.vedtak().sok(Forskrivning.builder()
                    .pasient(Testpasient.VEDTAK_FUNNET.fodselsnummer())
                    .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                    .produkt(Produkt.legemiddel("A10BJ06")).build());
            // end::embedded
            Assertions.assertThat(r).isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
            // region::embedded
        }
        // end::embedded
    }

    @Test
    void assertions(BlareseptMockServer mock, BlareseptClient client) {
        client.vedtak().sok(forskrivning(Testpasient.INGEN_VEDTAK));
        client.soknad().del1(forskrivning(Testpasient.INGEN_VEDTAK));
        client.soknad().del1(forskrivning(Testpasient.INGEN_VEDTAK));
        // region::assertions
        assertThat(mock).received(ApiEndpoint.VEDTAK_SOK).exactlyOnce();   // also times(n), never(), atMostOnce(), atLeastOnce()
        assertThat(mock).received(ApiEndpoint.DEL1).withHeaderMatching("User-Agent", "blaresept-sdk/\\S+ \\(EPJ: .+\\)");
        assertThat(mock).everyRequestHasHeaders("X-Correlation-ID", "User-Agent", "Authorization")
                        .hasNoFodselsnummerInUrls();               // eleven digits in a URL fail, shown masked
        // end::assertions
        assertThat(mock).received(ApiEndpoint.SEND).never();
    }

    @Test
    void scenarios(BlareseptMockServer mock, BlareseptClient client) {
        // region::scenarios
        mock.scenario(Scenario.AVSLAG);                                              // everyone, at the scenario's endpoint
        mock.scenario(ApiEndpoint.DEL2, Scenario.SKJEMA_AVVISNING);                    // form outcomes at del2/del3
        mock.scenario(Testpasient.INGEN_VEDTAK, Scenario.MANUELL_SAKSBEHANDLING);   // one patient (or a number)
        // end::scenarios
        Assertions.assertThat(client.vedtak().sok(forskrivning(Testpasient.AVSLAG)))
                .isInstanceOf(VedtakSokResultat.IngenVedtak.class);
    }

    @Test
    void faults(BlareseptMockServer mock, BlareseptClient client) {
        // region::faults
        mock.fault(ApiEndpoint.VEDTAK_SOK, FaultPreset.unavailable(Duration.ofSeconds(1)));   // next call
        mock.fault(ApiEndpoint.SKJEMA, FaultPreset.serverError(), 2);                         // next 2 calls
        mock.faultAlways(ApiEndpoint.SEND, FaultPreset.connectionReset());                    // until reset
        // end::faults
        Assertions.assertThatThrownBy(() -> client.vedtak().sok(forskrivning(Testpasient.INGEN_VEDTAK)))
                .isInstanceOf(ServiceUnavailableException.class);
        Assertions.assertThat(client.vedtak().sok(forskrivning(Testpasient.INGEN_VEDTAK)))
                .isInstanceOf(VedtakSokResultat.IngenVedtak.class);
    }
}
