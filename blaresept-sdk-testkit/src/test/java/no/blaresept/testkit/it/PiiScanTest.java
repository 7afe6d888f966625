package no.blaresept.testkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.BlareseptTest;
import no.blaresept.testkit.Testpasient;
import no.blaresept.testsupport.pii.PiiFunn;
import no.blaresept.testsupport.pii.PiiMarkers;
import org.junit.jupiter.api.Test;

/**
 * Personal data in, none out (testkit): every test patient's whole process through the SDK against the
 * mock leaves no {@link PiiMarkers} in the results, in the mock's {@code toString()} or in its received
 * requests' and rehearsal report's printed forms. Log records are scanned by the shared log scan around
 * every testkit test.
 */
@BlareseptTest
class PiiScanTest {

    @Test
    void theScanLooksForEveryTestPatient() {
        assertThat(PiiMarkers.FODSELSNUMMER)
                .containsAll(Arrays.stream(Testpasient.values()).map(p -> p.fodselsnummer().value()).toList());
    }

    @Test
    void everyTestPatientsProcessLeavesNoPersonalDataInWhatTheSdkAndTheMockPrint(BlareseptMockServer mock,
                                                                             BlareseptClient client) {
        PiiFunn funn = new PiiFunn();
        for (Testpasient pasient : Testpasient.values()) {
            String fnr = pasient.fodselsnummer().value();
            funn.kall("sok " + pasient, () -> client.vedtak().sok(Utfylling.forskrivning(fnr)));
            try {
                Innsending innsending = Utfylling.utfylt(client, fnr);
                funn.verdi("innsending " + pasient, innsending);
                funn.kall("valider " + pasient, () -> client.soknad().valider(innsending));
                funn.kall("send " + pasient, () -> {
                    SendResultat sendt = client.soknad().send(innsending);
                    if (sendt instanceof SendResultat.Innvilget innvilget) {
                        funn.kall("status " + pasient, () -> client.soknad().status(innvilget.soknadsreferanse().orElseThrow()));
                    }
                    return sendt;
                });
            } catch (RuntimeException e) {
                funn.unntak("the form for " + pasient, e);
            } catch (AssertionError e) {
                // Utfylling's check that a form came: this patient's scenario ends before it (an avvisning, a varsel)
            }
        }
        funn.verdi("mock", mock);
        mock.mottatt().forEach(m -> funn.verdi("received request", m));
        funn.verdi("report", mock.ovingsrapport());
        funn.ingenTreff("testkit flows");
    }
}
