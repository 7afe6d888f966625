package no.blaresept.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import no.blaresept.sdk.Fodselsnummer;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.Tekst;
import no.blaresept.sdk.error.BlareseptException;
import no.blaresept.sdk.soknad.Kvittering;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.sdk.vedtak.Vedtak;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.sdk.vedtak.Vedtaksdokument;

/**
 * Prints each outcome the way an EPJ would show it to the doctor, in Norwegian. Every outcome type is
 * handled by an {@code instanceof} chain over the sealed interface that ends in an exception, so an
 * outcome added to the SDK later is never skipped silently: the chain fails loudly instead.
 *
 * <p>Not thread-safe: writes to one stream.
 */
final class Utfallsutskrift {

    private final PrintStream ut;

    Utfallsutskrift(PrintStream ut) {
        this.ut = ut;
    }

    void pasient(String beskrivelse, Fodselsnummer fodselsnummer) {
        ut.println();
        ut.println("Pasient: " + beskrivelse + " — " + fodselsnummer);
    }

    void vedtakSok(VedtakSokResultat resultat, Function<Dokumentreferanse, Vedtaksdokument> hentBrev) {
        if (resultat instanceof VedtakSokResultat.VedtakFunnet funnet) {
            utfall("VedtakFunnet", "pasienten har " + funnet.vedtak().size() + " gyldig(e) vedtak");
            for (Vedtak vedtak : funnet.vedtak()) {
                vedtak(vedtak, hentBrev);
            }
        } else if (resultat instanceof VedtakSokResultat.IngenVedtak) {
            utfall("IngenVedtak", "ingen vedtak funnet; legen kan søke");
        } else if (resultat instanceof VedtakSokResultat.SoknadTilBehandling behandling) {
            utfall("SoknadTilBehandling", "en søknad er allerede til behandling"
                    + behandling.soknadsreferanse().map(r -> ", referanse " + r.value()).orElse(""));
        } else if (resultat instanceof VedtakSokResultat.Varsel) {
            utfall("Varsel", "tjenesten varsler; legen velger om hun vil gå videre");
        } else if (resultat instanceof VedtakSokResultat.Avvisning) {
            utfall("Avvisning", "avvist; prosessen må avsluttes");
        } else if (resultat instanceof VedtakSokResultat.UkjentUtfall ukjent) {
            utfall("UkjentUtfall", "ukjent utfallskode '" + ukjent.kode() + "' (nyere tjeneste?); avslutter for sikkerhets skyld");
        } else {
            throw new IllegalStateException("utfallstype uten visning: " + resultat.getClass().getName());
        }
        meldinger("Melding", resultat.meldinger());
        ut.println("  Standardvalg: " + resultat.standardvalg() + (resultat.kanGaVidere() ? "" : " (kan ikke gå videre)"));
    }

    void send(SendResultat resultat) {
        if (resultat instanceof SendResultat.Innvilget innvilget) {
            utfall("Innvilget", "søknaden er innvilget"
                    + innvilget.soknadsreferanse().map(r -> ", referanse " + r.value()).orElse(""));
            kvittering(innvilget.kvittering());
        } else if (resultat instanceof SendResultat.Avslag avslag) {
            utfall("Avslag", "søknaden er avslått");
            meldinger("Avslagsgrunn", avslag.avslagsgrunner());
        } else if (resultat instanceof SendResultat.ManuellSaksbehandling manuell) {
            utfall("ManuellSaksbehandling", "søknaden går til manuell saksbehandling hos Helfo, referanse "
                    + manuell.soknadsreferanse().value());
        } else if (resultat instanceof SendResultat.Avvisning) {
            utfall("Avvisning", "innsendingen er avvist uten behandling; rett årsaken før ny innsending");
        } else if (resultat instanceof SendResultat.UkjentUtfall ukjent) {
            utfall("UkjentUtfall", "ukjent utfallskode '" + ukjent.kode()
                    + "'; søknaden er mottatt — send den ikke på nytt, slå den opp med vedtak/sok");
        } else {
            throw new IllegalStateException("utfallstype uten visning: " + resultat.getClass().getName());
        }
        meldinger("Melding", resultat.meldinger());
    }

    void status(SoknadStatus status) {
        String referanse = status.soknadsreferanse().value();
        if (status instanceof SoknadStatus.UnderBehandling) {
            ut.println("  Status for " + referanse + ": UnderBehandling");
        } else if (status instanceof SoknadStatus.Innvilget innvilget) {
            ut.println("  Status for " + referanse + ": Innvilget");
            kvittering(innvilget.kvittering());
        } else if (status instanceof SoknadStatus.Avslag avslag) {
            ut.println("  Status for " + referanse + ": Avslag");
            meldinger("Avslagsgrunn", avslag.avslagsgrunner());
        } else if (status instanceof SoknadStatus.UkjentStatus ukjent) {
            ut.println("  Status for " + referanse + ": UkjentStatus '" + ukjent.kode() + "'");
        } else {
            throw new IllegalStateException("statustype uten visning: " + status.getClass().getName());
        }
    }

    /** The SDK's messages name the correlation id (to quote to support) and never hold patient data. */
    void feil(BlareseptException e) {
        ut.println("  Feil: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    private void vedtak(Vedtak vedtak, Function<Dokumentreferanse, Vedtaksdokument> hentBrev) {
        ut.println("  Vedtak " + vedtak.vedtaksId() + ": " + produkt(vedtak.produkt()) + ", "
                + vedtak.hjemmel().paragraf() + ", gyldig " + vedtak.gyldigFra()
                + vedtak.gyldigTil().map(til -> "–" + til).orElse(" og uten sluttdato"));
        vedtak.innhold().ifPresent(innhold -> ut.println("    Innhold: " + innhold));
        vedtak.vilkar().forEach(vilkar -> ut.println("    Vilkår: " + vilkar));
        tekster(vedtak.tekster());
        vedtak.vedtaksdokument().ifPresent(referanse -> {
            Vedtaksdokument brev = hentBrev.apply(referanse);
            ut.println("    Vedtaksbrevet må leses: " + brev.filnavn() + " (" + brev.mediatype() + ", "
                    + brev.storrelse() + " byte) hentet");
        });
    }

    private void kvittering(Kvittering kvittering) {
        ut.println("  Kvittering: " + produkt(kvittering.produkt()) + ", " + kvittering.hjemmel().paragraf()
                + ", gyldig " + kvittering.gyldigFra()
                + kvittering.gyldigTil().map(til -> "–" + til).orElse(" og uten sluttdato"));
        kvittering.innhold().ifPresent(innhold -> ut.println("    Innhold: " + innhold));
        kvittering.vilkar().forEach(vilkar -> ut.println("    Vilkår: " + vilkar));
        tekster(kvittering.tekster());
    }

    private void tekster(List<Tekst> tekster) {
        for (Tekst tekst : tekster) {
            ut.println("    " + tekst.overskrift().map(o -> o + ": ").orElse("") + tekst.tekst());
        }
    }

    private void meldinger(String etikett, List<Melding> meldinger) {
        meldinger.forEach(m -> ut.println("  " + etikett + " [" + m.kode() + "]: " + m.tekst()));
    }

    private void utfall(String navn, String forklaring) {
        ut.println("  Utfall: " + navn + " — " + forklaring);
    }

    private static String produkt(Produkt produkt) {
        return produkt.navn().orElse("produkt") + produkt.atcKode().map(atc -> " (ATC " + atc + ")").orElse("")
                + produkt.varenummer().map(vnr -> " varenr. " + vnr).orElse("");
    }
}
