package no.blaresept.examples.nykommer;

// region::imports
import java.util.List;
import java.util.Objects;
import no.blaresept.examples.nykommer.Resultat.Utfall;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.Neste;
import no.blaresept.sdk.Valgpunkt;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.prosess.Prosesssteg;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
// end::imports

/**
 * The EPJ's Blåresept service, written from {@code docs/getting-started.md} only: runs the process with the
 * doctor's answers, taking each outcome's default choice, and maps the SDK's outcomes to the journal's.
 * Thread-safe: it holds only the shared client; each application has its own {@link BlareseptProsess}.
 */
public final class Soknadstjeneste {
    // region::process
    private final BlareseptClient client;

    public Soknadstjeneste(BlareseptClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** Applies for one prescription: decision lookup, the three form parts, send. */
    public Resultat sok(Forskrivning forskrivning, Legeinput input) {
        return fortsett(BlareseptProsess.start(client, forskrivning), input);
    }

    /** Goes on from the step the process is at: a new process, or one whose send had an unknown outcome. */
    public Resultat fortsett(BlareseptProsess prosess, Legeinput input) {
        Objects.requireNonNull(input, "input");
        List<Melding> meldinger = List.of();
        while (true) {
            switch (prosess.steg()) {
                case VEDTAKSSPORRING -> meldinger = folg(prosess, prosess.sjekkVedtak());
                case DEL1 -> meldinger = folg(prosess, prosess.del1());
                case DEL2 -> meldinger = folg(prosess, prosess.del2(input.del1()));
                case DEL3 -> meldinger = folg(prosess, prosess.del3(input.del2()));
                case INNSENDING -> {
                    return send(prosess, input);
                }
                case UKJENT_INNSENDING -> {
                    VedtakSokResultat oppslag = prosess.avklarUkjentInnsending();   // did it arrive?
                    if (prosess.steg() != Prosesssteg.INNSENDING) {                 // yes, or not known yet
                        return new Resultat(oppslag.accept(ETTER_UKJENT_INNSENDING), prosess.soknadsreferanse(),
                                oppslag.meldinger());
                    }
                }
                case AVSLUTTET -> {
                    return new Resultat(Utfall.IKKE_SENDT, prosess.soknadsreferanse(), meldinger);
                }
            }
        }
    }

    // The doctor's default choice (standardvalg) for the lookup's and each form part's outcome: go on, or end.
    private static List<Melding> folg(BlareseptProsess prosess, Valgpunkt utfall) {
        if (utfall.standardvalg() == Neste.AVSLUTT) {
            prosess.avslutt();
        }
        return utfall.meldinger();
    }
    // end::process

    // region::send
    private Resultat send(BlareseptProsess prosess, Legeinput input) {
        Innsending.Builder innsending = prosess.innsending(input.del3());
        for (int i = 0; i < input.vedlegg().size(); i++) {       // the form's attachment field, one item each
            innsending.vedlegg("/vedlegg/" + i + "/innhold", input.vedlegg().get(i));
        }
        try {
            SendResultat svar = prosess.send(innsending.build());
            return new Resultat(svar.accept(UTFALL), prosess.soknadsreferanse(), svar.meldinger());
        } catch (SendOutcomeUnknownException e) {         // never sent again blindly: look it up first
            return fortsett(prosess, input);
        }
    }
    // end::send

    // region::status
    /** The status of an application sent to manual processing. */
    public Utfall status(Soknadsreferanse referanse) {
        return client.soknad().status(referanse).accept(new SoknadStatus.Visitor<>() {
            @Override public Utfall underBehandling(SoknadStatus.UnderBehandling s) { return Utfall.TIL_BEHANDLING; }
            @Override public Utfall innvilget(SoknadStatus.Innvilget s) { return Utfall.INNVILGET; }
            @Override public Utfall avslag(SoknadStatus.Avslag s) { return Utfall.AVSLATT; }
            @Override public Utfall ukjentStatus(SoknadStatus.UkjentStatus s) { return Utfall.UKJENT; }
        });
    }
    // end::status

    // region::visitors
    // A new outcome in a later SDK version breaks these at compile time, not in production.
    private static final SendResultat.Visitor<Utfall> UTFALL = new SendResultat.Visitor<>() {
        @Override public Utfall innvilget(SendResultat.Innvilget i) { return Utfall.INNVILGET; }
        @Override public Utfall avslag(SendResultat.Avslag a) { return Utfall.AVSLATT; }
        @Override public Utfall manuellSaksbehandling(SendResultat.ManuellSaksbehandling m) { return Utfall.TIL_BEHANDLING; }
        @Override public Utfall avvisning(SendResultat.Avvisning a) { return Utfall.AVVIST; }
        @Override public Utfall ukjentUtfall(SendResultat.UkjentUtfall u) { return Utfall.UKJENT; }
    };

    private static final VedtakSokResultat.Visitor<Utfall> ETTER_UKJENT_INNSENDING = new VedtakSokResultat.Visitor<>() {
        @Override public Utfall vedtakFunnet(VedtakSokResultat.VedtakFunnet v) { return Utfall.INNVILGET; }
        @Override public Utfall soknadTilBehandling(VedtakSokResultat.SoknadTilBehandling s) { return Utfall.TIL_BEHANDLING; }
        @Override public Utfall avslattSoknad(VedtakSokResultat.AvslattSoknad a) { return Utfall.AVSLATT; }
        @Override public Utfall ingenVedtak(VedtakSokResultat.IngenVedtak i) { return Utfall.UKJENT; }
        @Override public Utfall varsel(VedtakSokResultat.Varsel v) { return Utfall.UKJENT; }
        @Override public Utfall avvisning(VedtakSokResultat.Avvisning a) { return Utfall.UKJENT; }
        @Override public Utfall ukjentUtfall(VedtakSokResultat.UkjentUtfall u) { return Utfall.UKJENT; }
    };
    // end::visitors
}
