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
import org.jspecify.annotations.Nullable;

/**
 * Prints each outcome the way an EPJ would show it to the doctor, in Norwegian. Every outcome family is
 * handled through its {@code Visitor} ({@code accept}), the Java 17 way to be exhaustive: when the SDK adds an
 * outcome, its visitor gains a method and this class stops compiling until the outcome has a way to be shown.
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
        resultat.accept(new VedtakSokResultat.Visitor<Void>() {
            @Override
            public Void vedtakFunnet(VedtakSokResultat.VedtakFunnet funnet) {
                utfall("VedtakFunnet", "pasienten har " + funnet.vedtak().size() + " gyldig(e) vedtak");
                funnet.vedtak().forEach(vedtak -> vedtak(vedtak, hentBrev));
                return null;
            }

            @Override
            public Void ingenVedtak(VedtakSokResultat.IngenVedtak ingen) {
                return utfall("IngenVedtak", "ingen vedtak funnet; legen kan søke");
            }

            @Override
            public Void soknadTilBehandling(VedtakSokResultat.SoknadTilBehandling behandling) {
                return utfall("SoknadTilBehandling", "en søknad er allerede til behandling"
                        + behandling.soknadsreferanse().map(r -> ", referanse " + r.value()).orElse(""));
            }

            @Override
            public Void avslattSoknad(VedtakSokResultat.AvslattSoknad avslatt) {
                return utfall("AvslattSoknad", "siste søknad ble avslått"
                        + avslatt.soknadsreferanse().map(r -> ", referanse " + r.value()).orElse("")
                        + "; legen avgjør om hun vil søke på nytt");
            }

            @Override
            public Void varsel(VedtakSokResultat.Varsel varsel) {
                return utfall("Varsel", "tjenesten varsler; legen velger om hun vil gå videre");
            }

            @Override
            public Void avvisning(VedtakSokResultat.Avvisning avvisning) {
                return utfall("Avvisning", "avvist; prosessen må avsluttes");
            }

            @Override
            public Void ukjentUtfall(VedtakSokResultat.UkjentUtfall ukjent) {
                return utfall("UkjentUtfall", "ukjent utfallskode '" + ukjent.kode()
                        + "' (nyere tjeneste?); avslutter for sikkerhets skyld");
            }
        });
        meldinger("Melding", resultat.meldinger());
        ut.println("  Standardvalg: " + resultat.standardvalg() + (resultat.kanGaVidere() ? "" : " (kan ikke gå videre)"));
    }

    void send(SendResultat resultat) {
        resultat.accept(new SendResultat.Visitor<Void>() {
            @Override
            public Void innvilget(SendResultat.Innvilget innvilget) {
                utfall("Innvilget", "søknaden er innvilget"
                        + innvilget.soknadsreferanse().map(r -> ", referanse " + r.value()).orElse(""));
                return kvittering(innvilget.kvittering());
            }

            @Override
            public Void avslag(SendResultat.Avslag avslag) {
                utfall("Avslag", "søknaden er avslått");
                return meldinger("Avslagsgrunn", avslag.avslagsgrunner());
            }

            @Override
            public Void manuellSaksbehandling(SendResultat.ManuellSaksbehandling manuell) {
                return utfall("ManuellSaksbehandling", "søknaden går til manuell saksbehandling hos Helfo, referanse "
                        + manuell.soknadsreferanse().value());
            }

            @Override
            public Void avvisning(SendResultat.Avvisning avvisning) {
                return utfall("Avvisning", "innsendingen er avvist uten behandling; rett årsaken før ny innsending");
            }

            @Override
            public Void ukjentUtfall(SendResultat.UkjentUtfall ukjent) {
                return utfall("UkjentUtfall", "ukjent utfallskode '" + ukjent.kode()
                        + "'; søknaden er mottatt — send den ikke på nytt, slå den opp med vedtak/sok");
            }
        });
        meldinger("Melding", resultat.meldinger());
    }

    void status(SoknadStatus status) {
        ut.print("  Status for " + status.soknadsreferanse().value() + ": ");
        status.accept(new SoknadStatus.Visitor<Void>() {
            @Override
            public Void underBehandling(SoknadStatus.UnderBehandling underBehandling) {
                ut.println("UnderBehandling");
                return null;
            }

            @Override
            public Void innvilget(SoknadStatus.Innvilget innvilget) {
                ut.println("Innvilget");
                return kvittering(innvilget.kvittering());
            }

            @Override
            public Void avslag(SoknadStatus.Avslag avslag) {
                ut.println("Avslag");
                return meldinger("Avslagsgrunn", avslag.avslagsgrunner());
            }

            @Override
            public Void ukjentStatus(SoknadStatus.UkjentStatus ukjent) {
                ut.println("UkjentStatus '" + ukjent.kode() + "'");
                return null;
            }
        });
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

    private @Nullable Void kvittering(Kvittering kvittering) {
        ut.println("  Kvittering: " + produkt(kvittering.produkt()) + ", " + kvittering.hjemmel().paragraf()
                + ", gyldig " + kvittering.gyldigFra()
                + kvittering.gyldigTil().map(til -> "–" + til).orElse(" og uten sluttdato"));
        kvittering.innhold().ifPresent(innhold -> ut.println("    Innhold: " + innhold));
        kvittering.vilkar().forEach(vilkar -> ut.println("    Vilkår: " + vilkar));
        tekster(kvittering.tekster());
        return null;
    }

    private void tekster(List<Tekst> tekster) {
        for (Tekst tekst : tekster) {
            ut.println("    " + tekst.overskrift().map(o -> o + ": ").orElse("") + tekst.tekst());
        }
    }

    private @Nullable Void meldinger(String etikett, List<Melding> meldinger) {
        meldinger.forEach(m -> ut.println("  " + etikett + " [" + m.kode() + "]: " + m.tekst()));
        return null;
    }

    private @Nullable Void utfall(String navn, String forklaring) {
        ut.println("  Utfall: " + navn + " — " + forklaring);
        return null;
    }

    private static String produkt(Produkt produkt) {
        return produkt.navn().orElse("produkt") + produkt.atcKode().map(atc -> " (ATC " + atc + ")").orElse("")
                + produkt.varenummer().map(vnr -> " varenr. " + vnr).orElse("");
    }
}
