package no.blaresept.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Fodselsnummer;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.error.BlareseptException;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.BooleanNode;
import no.blaresept.schema.Svar;

/**
 * Shows every outcome of the decision lookup ({@code vedtak/sok}) and of sending an application
 * ({@code soknad/send}) against the testkit's embedded mock, and how an EPJ presents each one. The
 * outcome is chosen by the testkit's well-known synthetic patients ({@link Testpasient}); the
 * fødselsnummer is only ever printed masked.
 *
 * <pre>
 * java -cp examples/target/blaresept-examples.jar no.blaresept.examples.AlleUtfall
 * </pre>
 *
 * <p>Not thread-safe: a program run from {@code main}.
 */
public final class AlleUtfall {

    private static final String[] SOK = {
        Testpasient.VEDTAK_FUNNET.fodselsnummer().value(), Testpasient.VEDTAK_FUNNET_MA_LESE_DOKUMENT.fodselsnummer().value(), Testpasient.INGEN_VEDTAK.fodselsnummer().value(),
        Testpasient.SOKNAD_TIL_BEHANDLING.fodselsnummer().value(), Testpasient.VEDTAK_VARSEL.fodselsnummer().value(), Testpasient.VEDTAK_AVVISNING.fodselsnummer().value(),
        Testpasient.VEDTAK_UKJENT_UTFALL.fodselsnummer().value(),
    };
    private static final String[] SEND = {
        Testpasient.INGEN_VEDTAK.fodselsnummer().value(), Testpasient.AVSLAG.fodselsnummer().value(), Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer().value(),
        Testpasient.SEND_AVVISNING.fodselsnummer().value(), Testpasient.SEND_UKJENT_UTFALL.fodselsnummer().value(),
    };

    private final BlareseptMockServer mock;
    private final BlareseptClient client;
    private final Utfallsutskrift utskrift;

    private AlleUtfall(BlareseptMockServer mock, BlareseptClient client, PrintStream ut) {
        this.mock = mock;
        this.client = client;
        this.utskrift = new Utfallsutskrift(ut);
    }

    /**
     * Starts the mock and a client for it, shows every outcome, stops both.
     *
     * @param args none
     */
    public static void main(String[] args) {
        try (BlareseptMockServer mock = BlareseptMockServer.start();
             BlareseptClient client = mock.clientBuilder().build()) {
            kjor(mock, client, System.out);
        }
    }

    /**
     * Shows every outcome through this client against this mock.
     *
     * @param mock   the mock the client talks to (to decide a manually processed application)
     * @param client a client configured for the mock
     * @param ut     where to print
     */
    static void kjor(BlareseptMockServer mock, BlareseptClient client, PrintStream ut) {
        AlleUtfall eksempel = new AlleUtfall(mock, client, ut);
        ut.println("=== Vedtaksspørring (vedtak/sok): alle utfall ===");
        for (String fodselsnummer : SOK) {
            eksempel.sok(fodselsnummer);
        }
        ut.println();
        ut.println("=== Innsending (soknad/send): alle utfall ===");
        for (String fodselsnummer : SEND) {
            eksempel.send(fodselsnummer);
        }
    }

    private void sok(String fodselsnummer) {
        utskrift.pasient(beskrivelse(fodselsnummer), Fodselsnummer.of(fodselsnummer));
        try {
            VedtakSokResultat resultat = client.vedtak().sok(forskrivning(fodselsnummer));
            utskrift.vedtakSok(resultat, client.vedtak()::hentVedtaksdokument);
        } catch (BlareseptException e) {
            utskrift.feil(e);
        }
    }

    private void send(String fodselsnummer) {
        utskrift.pasient(beskrivelse(fodselsnummer), Fodselsnummer.of(fodselsnummer));
        try {
            SendResultat resultat = client.soknad().send(fyllUt(fodselsnummer));
            utskrift.send(resultat);
            if (resultat instanceof SendResultat.ManuellSaksbehandling manuell) {
                folgOpp(manuell);
            }
        } catch (BlareseptException e) {
            utskrift.feil(e);
        }
    }

    /** Looks the status up, lets the mock's case officer grant it, and looks it up again (F-3.8). */
    private void folgOpp(SendResultat.ManuellSaksbehandling manuell) {
        SoknadStatus forst = client.soknad().status(manuell.soknadsreferanse());
        utskrift.status(forst);
        mock.avgjor(manuell.soknadsreferanse().value(), true);
        utskrift.status(client.soknad().status(manuell.soknadsreferanse()));
    }

    /** Fills part 1–3 of the sample form with what a doctor adds; the prefilled answers travel by themselves. */
    private Innsending fyllUt(String fodselsnummer) {
        Skjemadel del1 = skjemadel(client.soknad().del1(forskrivning(fodselsnummer)));
        Skjemadel del2 = skjemadel(client.soknad().del2(del1,
                Svar.empty().med("/legemiddel/dosering", TextNode.valueOf("0,25 mg én gang i uken"))));
        Skjemadel del3 = skjemadel(client.soknad().del3(del2, Svar.empty().med("/diagnoser/0",
                JsonNodeFactory.instance.objectNode().put("kodeverk", "ICD-10").put("kode", "E11"))));
        return del3.innsending(Svar.empty().med("/erklaering/bekreftetRiktig", BooleanNode.TRUE)).build();
    }

    private static Skjemadel skjemadel(SkjemaResultat resultat) {
        if (resultat instanceof SkjemaResultat.Skjema skjema) {
            return skjema.skjemadel();
        }
        if (resultat instanceof SkjemaResultat.VarselMedSkjema varsel) {
            return varsel.skjemadel();
        }
        // Avvisning and UkjentUtfall end the process; these patients never meet them at del1-3.
        throw new IllegalStateException("skjemaet kom ikke: " + resultat.getClass().getSimpleName());
    }

    private static Forskrivning forskrivning(String fodselsnummer) {
        return Forskrivning.builder().pasient(fodselsnummer).hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                .produkt(Produkt.legemiddel("A10BJ06").medNavn("Ozempic")).build();
    }

    private static String beskrivelse(String fodselsnummer) {
        return Testpasient.of(fodselsnummer).map(Testpasient::beskrivelse).orElse("testpasient");
    }
}
