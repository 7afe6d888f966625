package no.blaresept.examples.docs;

// region::imports
import java.nio.file.Path;
import java.time.Duration;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Environment;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.RetryPolicy;
import no.blaresept.sdk.Timeouts;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.spi.RequestAuthenticator;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.sdk.vedtak.Vedtak;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.sdk.vedtak.Vedtaksdokumentfil;
// end::imports

/** The snippets of docs/core.md; compiled, not run (they need HelseID's test environment). */
final class CoreDoc {

    private CoreDoc() {
    }

    static VedtakSokResultat configuration(RequestAuthenticator helseIdTokenProvider) {
        // region::configuration
        try (BlareseptClient client = BlareseptClient.builder()
                .environment(Environment.TEST)                 // PROD, TEST, or Environment.custom(uri)
                .epjSystem("Journalsystemet", "4.2.1")         // required; goes into the User-Agent
                .authentication(helseIdTokenProvider)          // required; any RequestAuthenticator
                .timeouts(Timeouts.DEFAULT.withTotal(Duration.ofSeconds(30)))
                .retryPolicy(RetryPolicy.DEFAULT)
                .build()) {
            VedtakSokResultat svar = client.vedtak().sok(Forskrivning.builder()
                    .pasient("01859012325")
                    .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                    .produkt(Produkt.legemiddel("A10BJ06"))
                    .build());
            // end::configuration
            return svar;
            // region::configuration
        }
        // end::configuration
    }

    static Innsending attachment(Skjemadel del3, Svar answers) {
        // region::attachment
        Innsending innsending = del3.innsending(answers)      // answers: what the doctor entered in del3
                .vedlegg("/vedlegg/0/innhold", Vedlegg.of(Path.of("epikrise.pdf")))   // an attachment field of the form
                .build();
        // end::attachment
        return innsending;
    }

    static Vedtaksdokumentfil decisionLetter(BlareseptClient client, Vedtak vedtak, Path folder) {
        // region::decision-letter
        Vedtaksdokumentfil brev = vedtak.vedtaksdokument()        // present when maLeseVedtaksdokument()
                .map(referanse -> client.vedtak().hentVedtaksdokument(referanse, folder.resolve("vedtak.pdf")))
                .orElseThrow();
        // brev.fil() holds the whole letter; brev.filnavn(), brev.storrelse(), brev.sha256() describe it
        // end::decision-letter
        return brev;
    }
}
