package no.blaresept.examples;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.Kvittering;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.Testpasient;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.BooleanNode;

/**
 * The whole Blåresept process (F-0.2) against the embedded mock server, step by step: decision
 * lookup, the three form parts with live validation, an attachment, validation and submission.
 * README's first command runs it. Copy from it: every call is the one an EPJ makes.
 */
public final class Soknadsprosess {

    private final BlareseptClient client;
    private final PrintStream ut;

    Soknadsprosess(BlareseptClient client, PrintStream ut) {
        this.client = client;
        this.ut = ut;
    }

    /**
     * Starts the mock, runs the process for a patient without a decision, and stops the mock.
     *
     * @param args not used
     * @throws IOException when the sample attachment cannot be written
     */
    public static void main(String[] args) throws IOException {
        try (BlareseptMockServer mock = BlareseptMockServer.start();
             BlareseptClient client = mock.clientBuilder().build()) {
            System.out.println("Blåresept-mock kjører på " + mock.baseUrl());
            new Soknadsprosess(client, System.out).kjor(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        }
    }

    /** Runs the process for one test patient, printing each step and outcome. */
    void kjor(String fodselsnummer) throws IOException {
        Forskrivning forskrivning = Forskrivning.builder()
                .pasient(fodselsnummer)
                .hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                .produkt(Produkt.legemiddel("A10BJ06"))
                .build();
        ut.println("Pasient: " + forskrivning.pasient() + ", legemiddel A10BJ06, blåreseptforskriften § 3");
        BlareseptProsess prosess = BlareseptProsess.start(client, forskrivning);

        VedtakSokResultat vedtak = prosess.sjekkVedtak();
        ut.println("\n1. Vedtaksspørring: " + vedtak.getClass().getSimpleName()
                + " – standardvalg " + vedtak.standardvalg());
        visMeldinger(vedtak.meldinger());
        if (!vedtak.kanGaVidere()) {
            ut.println("   Prosessen avsluttes.");
            return;
        }

        if (!fikkSkjema("2a. Søknadsskjema del 1", prosess.del1())) {
            return;
        }
        // Only what the doctor enters: the SDK sends the service's prefilled answers along by itself.
        visLevendeValidering(prosess.skjemamodell().orElseThrow(), prosess.skjemadel().orElseThrow().forhandsutfylt());
        Svar del1 = Svar.empty().med("/legemiddel/dosering", TextNode.valueOf("0,25 mg én gang i uken"))
                .med("/legemiddel/behandlingsvarighetMnd", IntNode.valueOf(12));

        if (!fikkSkjema("2b. Søknadsskjema del 2", prosess.del2(del1))) {
            return;
        }
        Svar del2 = Svar.empty().med("/diagnoser/0", JsonNodeFactory.instance.objectNode()
                .put("kodeverk", "ICD-10").put("kode", "E11"));
        ut.println("   Legen velger diagnose E11 (ICD-10).");

        if (!fikkSkjema("2c. Søknadsskjema del 3 (fullstendig)", prosess.del3(del2))) {
            return;
        }
        Svar del3 = Svar.empty().med("/erklaering/bekreftetRiktig", BooleanNode.TRUE);

        Innsending innsending = prosess.innsending(del3)
                .vedlegg("/vedlegg/0/innhold", Vedlegg.of(eksempelPdf()))
                .build();
        ut.println("   Søknaden er fylt ut: " + innsending);

        Valideringsresultat validering = prosess.valider(innsending);
        ut.println("\n3a. Validering: " + (validering.gyldig() ? "Gyldig" : "Ugyldig"));
        if (!validering.gyldig()) {
            validering.feil().forEach(f -> ut.println("   " + f.sti() + ": " + f.melding()));
            return;
        }
        visSendResultat(prosess.send(innsending));
    }

    private boolean fikkSkjema(String steg, SkjemaResultat resultat) {
        ut.println("\n" + steg + ": " + resultat.getClass().getSimpleName() + " – standardvalg " + resultat.standardvalg());
        visMeldinger(resultat.meldinger());
        Skjemadel del;
        if (resultat instanceof SkjemaResultat.Skjema s) {
            del = s.skjemadel();
        } else if (resultat instanceof SkjemaResultat.VarselMedSkjema v) {
            del = v.skjemadel();
        } else {
            ut.println("   Ingen skjema å gå videre med; prosessen avsluttes.");
            return false;
        }
        SkjemaModell modell = SkjemaModell.of(del.skjema());
        List<FeltTilstand> synlige = modell.tilstand(del.forhandsutfylt()).synlige();
        long manuelle = synlige.stream().filter(f -> f.felt().krevesManuellInput()).count();
        ut.printf("   Skjemaversjon %s: %d felt, %d synlige nå, %d av dem krever manuell input (felt som er forhåndsutfylt, skjules: F-2.6)%n",
                del.skjemaversjon().value(), modell.felter().size(), synlige.size(), manuelle);
        synlige.stream().filter(f -> f.felt().krevesManuellInput() && f.pakrevd() && !f.felt().type().equals(FeltType.GRUPPE)).limit(3).forEach(f ->
                ut.println("   * " + f.felt().tittel().orElse(f.sti()) + " (påkrevd, " + f.sti() + ")"));
        return true;
    }

    // F-2.10: one answer changes, its field is validated at once.
    private void visLevendeValidering(SkjemaModell modell, Svar svar) {
        String sti = "/legemiddel/behandlingsvarighetMnd";
        Svar medFeil = modell.oppdater(svar, sti, IntNode.valueOf(0));
        modell.validerFelt(medFeil, sti).forEach(f ->
                ut.println("   Levende validering av " + sti + " = 0: " + f.kode() + " – " + f.melding()));
    }

    private void visSendResultat(SendResultat resultat) {
        ut.println("\n3b. Innsending: " + resultat.getClass().getSimpleName());
        if (resultat instanceof SendResultat.Innvilget innvilget) {
            visKvittering(innvilget.kvittering());
        } else if (resultat instanceof SendResultat.Avslag avslag) {
            avslag.avslagsgrunner().forEach(g -> ut.println("   Avslagsgrunn: " + g.tekst()));
        } else if (resultat instanceof SendResultat.ManuellSaksbehandling manuell) {
            ut.println("   Til manuell saksbehandling, søknadsreferanse " + manuell.soknadsreferanse().value());
            SoknadStatus status = client.soknad().status(manuell.soknadsreferanse());
            ut.println("   Status nå: " + status.getClass().getSimpleName());
        } else if (resultat instanceof SendResultat.Avvisning avvisning) {
            visMeldinger(avvisning.meldinger());
        } else if (resultat instanceof SendResultat.UkjentUtfall ukjent) {
            ut.println("   Ukjent utfall fra tjenesten: " + ukjent.kode());
        } else {
            throw new IllegalStateException("SendResultat without handling: " + resultat.getClass());
        }
        visMeldinger(resultat.meldinger());
    }

    private void visKvittering(Kvittering kvittering) {
        ut.println("   Søknadskvittering (F-3.6): " + kvittering.innhold().orElse(kvittering.produkt().toString()));
        ut.println("   Gyldig fra " + kvittering.gyldigFra() + kvittering.gyldigTil().map(d -> " til " + d).orElse(""));
        kvittering.vilkar().forEach(v -> ut.println("   Vilkår: " + v));
        kvittering.tekster().forEach(t -> ut.println("   " + t.overskrift().map(o -> o + ": ").orElse("") + t.tekst()));
    }

    private void visMeldinger(List<Melding> meldinger) {
        meldinger.forEach(m -> ut.println("   [" + m.kode() + "] " + m.tekst()));
    }

    private static Path eksempelPdf() throws IOException {
        Path fil = Files.createTempFile("epikrise", ".pdf");
        fil.toFile().deleteOnExit();
        return Files.writeString(fil, "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n", StandardCharsets.US_ASCII);
    }
}
