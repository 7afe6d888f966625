package no.blaresept.examples.docs;

// region::imports
import java.nio.file.Path;
import no.blaresept.auth.ClientKey;
import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Environment;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
// end::imports

/** README's quick start; compiled, not run (it needs HelseID's test environment). */
final class QuickStart {

    private QuickStart() {
    }

    static SendResultat quickStart(Svar svarDel2, Svar svarDel3, Svar svarInnsending) {
        // region::quick-start
        HelseIdTokenProvider helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
                .issuer("https://helseid-sts.test.nhn.no")
                .clientId("my-epj-client-id")
                .clientKey(ClientKey.ofJwkFile(Path.of("helseid-private-key.json")))
                .build());                                               // DPoP on by default

        try (BlareseptClient client = BlareseptClient.builder()
                .environment(Environment.TEST)                           // PROD for production (T-1.1)
                .epjSystem("Journalsystemet", "4.2.1")                   // goes into the User-Agent
                .authentication(helseId)                                 // the token goes with every request (T-2.4)
                .build()) {

            BlareseptProsess prosess = BlareseptProsess.start(client, Forskrivning.builder()
                    .pasient("01859012325")                              // checked: both control-digit rules
                    .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                    .produkt(Produkt.legemiddel("A10BJ06"))
                    .build());

            VedtakSokResultat vedtak = prosess.sjekkVedtak();            // F-0.1: always first
            Neste neste = vedtak.standardvalg();                         // the default choice: GA_VIDERE or AVSLUTT
            // show vedtak; vedtak.kanGaVidere() says whether the doctor may apply anyway
            SkjemaResultat del1 = prosess.del1();
            SkjemaModell form = prosess.skjemamodell().orElseThrow();    // render it; validate on each keystroke
            prosess.del2(svarDel2);                                      // only what the doctor entered:
            prosess.del3(svarDel3);                                      // the SDK carries the prefilled answers on
            Innsending innsending = prosess.innsending(svarInnsending)   // drops answers of hidden branches
                    .vedlegg("/vedlegg/0/innhold", Vedlegg.of(Path.of("epikrise.pdf")))   // an attachment field of the form
                    .build();
            SendResultat svar = prosess.send(innsending);                // sent once, never retried blindly
            // end::quick-start
            return svar;
            // region::quick-start
        }
        // end::quick-start
    }
}
