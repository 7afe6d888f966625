package no.blaresept.sdk.prosess;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.blaresept.schema.Rensing;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.internal.Forhandsutfylling;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.error.BlareseptException;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.SoknadSkjema;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import org.jspecify.annotations.Nullable;

/**
 * One doctor's way through the Blåresept process for one prescription (F-0.2): decision lookup
 * (F-0.1), then del1 → del2 → del3, then valider and send — each call allowed only at its step
 * ({@link #steg()}), so the services are always called in the right order.
 *
 * <p>The outcomes are the client's own sealed results; the UI shows them and offers the choices the
 * specification names ({@code standardvalg()}, {@code kanGaVidere()}). Going on is calling the next
 * step; ending is {@link #avslutt()}. Besides ordering, the process:
 * <ul>
 *   <li>carries the application id, the schema version and the service's prefilled answers from part to
 *       part (a value the caller gives wins over a prefilled one);</li>
 *   <li>removes answers of fields that are hidden now (a branch no longer chosen) before
 *       {@code valider} and {@code send}, unless told to keep them ({@link Rensing});</li>
 *   <li>sends at most once: after a send whose outcome is unknown it refuses to send again until
 *       {@link #avklarUkjentInnsending()} has looked the application up — duplicate applications must
 *       be avoided (seed 000 §2.1).</li>
 * </ul>
 *
 * <p>Thread-safe: calls are serialised, so two threads pressing "send" at once cause one send. The
 * network calls happen while the process is locked; use one process per application.
 */
public final class BlareseptProsess {

    /** The steps at which a form part is being filled in. */
    private static final Set<Prosesssteg> UTFYLLING = EnumSet.of(Prosesssteg.DEL2, Prosesssteg.DEL3, Prosesssteg.INNSENDING);

    private final BlareseptClient client;
    private final Forskrivning forskrivning;
    private Prosesssteg steg = Prosesssteg.VEDTAKSSPORRING;
    private @Nullable Skjemadel skjemadel;
    private @Nullable Soknadsreferanse soknadsreferanse;

    private BlareseptProsess(BlareseptClient client, Forskrivning forskrivning) {
        this.client = client;
        this.forskrivning = forskrivning;
    }

    /**
     * Starts a process; nothing is called until {@link #sjekkVedtak()}.
     *
     * @param client       the shared client
     * @param forskrivning patient, legal basis and product the doctor prescribes
     * @return a process at step {@link Prosesssteg#VEDTAKSSPORRING}
     */
    public static BlareseptProsess start(BlareseptClient client, Forskrivning forskrivning) {
        return new BlareseptProsess(Objects.requireNonNull(client, "client"),
                Objects.requireNonNull(forskrivning, "forskrivning"));
    }

    /**
     * Continues a process saved with {@link #tilstand(Svar)}, e.g. after the EPJ was restarted: at the saved
     * step, with the saved form part and reference. A send whose outcome was unknown stays unknown: the
     * process refuses to send until {@link #avklarUkjentInnsending()} has looked it up. The answers the doctor
     * had typed are in {@link Prosesstilstand#svar()}; if the service has published a new schema version
     * since, {@link #overforSvar(Svar)} carries them over (F-4.2).
     *
     * @param client   the shared client (any client: the state holds no connection)
     * @param tilstand the saved state
     * @return the process, at {@link Prosesstilstand#steg()}
     */
    public static BlareseptProsess gjenoppta(BlareseptClient client, Prosesstilstand tilstand) {
        Objects.requireNonNull(tilstand, "tilstand");
        BlareseptProsess prosess = start(client, tilstand.forskrivning());
        prosess.steg = tilstand.steg();
        prosess.skjemadel = tilstand.skjemadel().orElse(null);
        prosess.soknadsreferanse = tilstand.soknadsreferanse().orElse(null);
        return prosess;
    }

    /**
     * A snapshot to save, so the process can be {@linkplain #gjenoppta resumed} later. The process receives
     * the doctor's answers only when a step is called, so the answers typed to the current part so far are
     * given here; attachments are saved by reference only.
     *
     * @param utkast  the answers typed to the current part and not yet sent (without the prefilled ones;
     *                {@link Svar#empty()} when none)
     * @param vedlegg the attachments chosen so far
     * @return the state; {@link Prosesstilstand#toJson()} gives the text to store
     */
    public synchronized Prosesstilstand tilstand(Svar utkast, List<Vedleggsreferanse> vedlegg) {
        Objects.requireNonNull(utkast, "utkast");
        Objects.requireNonNull(vedlegg, "vedlegg");
        return new Prosesstilstand(forskrivning, steg, skjemadel, utkast, vedlegg, soknadsreferanse);
    }

    /**
     * {@link #tilstand(Svar, List)} without attachments.
     *
     * @param utkast the answers typed to the current part and not yet sent
     */
    public Prosesstilstand tilstand(Svar utkast) {
        return tilstand(utkast, List.of());
    }

    /** The step the process is at: which call it accepts next. */
    public synchronized Prosesssteg steg() {
        return steg;
    }

    /** The latest form part the services returned, to render; empty before del1 gave one. */
    public synchronized Optional<Skjemadel> skjemadel() {
        return Optional.ofNullable(skjemadel);
    }

    /**
     * The form model of the latest part ({@code blaresept-sdk-schema}): fields, visibility, live
     * validation. Built once per part.
     *
     * @return the model; empty before del1 gave a form
     */
    public synchronized Optional<SkjemaModell> skjemamodell() {
        return Optional.ofNullable(skjemadel).map(Skjemadel::skjemamodell);
    }

    /** The application's reference once a send or a lookup gave one (F-3.4): keep it to look status up. */
    public synchronized Optional<Soknadsreferanse> soknadsreferanse() {
        return Optional.ofNullable(soknadsreferanse);
    }

    /**
     * Step 1, F-0.1 and F-1.1: does the patient already hold a valid decision? Afterwards the process
     * accepts {@link #del1()} unless the outcome ends it ({@code kanGaVidere()} false).
     *
     * @return the outcome to show; its {@code standardvalg()} is the default choice
     */
    public synchronized VedtakSokResultat sjekkVedtak() {
        require(Prosesssteg.VEDTAKSSPORRING, "sjekkVedtak", "a process looks up decisions once, first");
        VedtakSokResultat resultat = client.vedtak().sok(forskrivning);
        steg = resultat.kanGaVidere() ? Prosesssteg.DEL1 : Prosesssteg.AVSLUTTET;
        return resultat;
    }

    /** Step 2a (F-2.1): the first part of the form. Calling it is the doctor's choice to apply (F-1.7 – F-1.9). */
    public synchronized SkjemaResultat del1() {
        require(Prosesssteg.DEL1, "del1", "call sjekkVedtak first; del1 follows a lookup that allows applying");
        return etterSkjema(client.soknad().del1(forskrivning), Prosesssteg.DEL2);
    }

    /**
     * Step 2b: the answers to part 1 go in, part 2 comes out.
     *
     * @param svar the answers to the part {@link #skjemadel()} holds
     */
    public synchronized SkjemaResultat del2(Svar svar) {
        Objects.requireNonNull(svar, "svar");
        require(Prosesssteg.DEL2, "del2", "del2 follows a del1 that gave a form");
        return etterSkjema(client.soknad().del2(gjeldendeDel(), svar), Prosesssteg.DEL3);
    }

    /**
     * Step 2c: the answers to part 2 go in, the complete form comes out.
     *
     * @param svar the answers to the part {@link #skjemadel()} holds
     */
    public synchronized SkjemaResultat del3(Svar svar) {
        Objects.requireNonNull(svar, "svar");
        require(Prosesssteg.DEL3, "del3", "del3 follows a del2 that gave a form");
        return etterSkjema(client.soknad().del3(gjeldendeDel(), svar), Prosesssteg.INNSENDING);
    }

    private SkjemaResultat etterSkjema(SkjemaResultat resultat, Prosesssteg neste) {
        if (resultat instanceof SkjemaResultat.Skjema s) {
            nyDel(s.skjemadel(), neste);
        } else if (resultat instanceof SkjemaResultat.VarselMedSkjema v) {
            nyDel(v.skjemadel(), neste);
        } else {
            steg = Prosesssteg.AVSLUTTET; // Avvisning or an unknown outcome: no form to go on with
        }
        return resultat;
    }

    private void nyDel(Skjemadel del, Prosesssteg neste) {
        skjemadel = del;
        steg = neste;
    }

    /**
     * Carries the answers over to the schema version the service publishes now (F-4.2 – F-4.4), e.g. after
     * {@link #gjenoppta resuming} a process saved under an older version. See {@link #overforSvar(Svar, Skjemaversjon)}.
     *
     * @param utkast the answers typed so far (the prefilled ones are added beneath them)
     * @return the carried answers and the report per field
     */
    public Svaroverforing overforSvar(Svar utkast) {
        return overfor(utkast, null);
    }

    /**
     * Carries the answers over to a published schema version: fetches the version the current part was
     * filled in under and the wanted one ({@code getSoknadSkjema}) and lets {@link Svaroverforing} compare
     * them. Under a minor change the process moves to the new version — its form part carries the new
     * version (at {@link Prosesssteg#INNSENDING} also the new complete schema) and prefilled answers of removed
     * fields are dropped — and the doctor goes on with {@link Svaroverforing#svar()}. Under a major change
     * nothing in the process changes: the report says what the doctor must look at again once the EPJ
     * supports the new version (F-4.4).
     *
     * @param utkast  the answers typed so far (the prefilled ones are added beneath them)
     * @param versjon the published version to carry them to
     * @return the carried answers and the report per field
     * @throws ProsesstegException when no form part is being filled in (before del1's form, after a send)
     */
    public Svaroverforing overforSvar(Svar utkast, Skjemaversjon versjon) {
        return overfor(utkast, Objects.requireNonNull(versjon, "versjon"));
    }

    private synchronized Svaroverforing overfor(Svar utkast, @Nullable Skjemaversjon versjon) {
        Objects.requireNonNull(utkast, "utkast");
        if (!UTFYLLING.contains(steg)) {
            throw new ProsesstegException(steg, "overforSvar", "answers are carried over while a form part is being filled in");
        }
        Skjemadel del = gjeldendeDel();
        SoknadSkjema ny = versjon == null ? client.skjema().hent() : client.skjema().hent(versjon);
        SoknadSkjema gammel = ny.versjon().equals(del.skjemaversjon()) ? ny : client.skjema().hent(del.skjemaversjon());
        Svaroverforing overforing = Svaroverforing.of(gammel.skjema(), ny.skjema(),
                Forhandsutfylling.flett(del.forhandsutfylt(), utkast));
        if (overforing.flyttet() && gammel != ny) {
            Svar forhandsutfylt = del.forhandsutfylt();
            for (Feltoverforing fjernet : overforing.felter(Overforingsstatus.FJERNET)) {
                forhandsutfylt = forhandsutfylt.uten(fjernet.sti());
            }
            JsonNode delskjema = steg == Prosesssteg.INNSENDING ? ny.skjema() : del.skjema();
            nyDel(new Skjemadel(del.soknadId(), ny.versjon(), delskjema, forhandsutfylt), steg);
        }
        return overforing;
    }

    /**
     * Starts the application from the complete form's answers (prefilled answers carried under them), with
     * answers of hidden fields removed.
     *
     * @param svar the answers to the complete form
     * @return a builder with id, version and the cleaned answers set; add attachments, then build
     */
    public synchronized Innsending.Builder innsending(Svar svar) {
        return innsending(svar, Rensing.FJERN_SKJULTE);
    }

    /**
     * Starts the application from the complete form's answers.
     *
     * @param svar    the answers to the complete form
     * @param rensing whether answers of fields hidden now are removed (default) or kept
     * @return a builder with id, version and answers set; add attachments, then build
     */
    public synchronized Innsending.Builder innsending(Svar svar, Rensing rensing) {
        Objects.requireNonNull(svar, "svar");
        Objects.requireNonNull(rensing, "rensing");
        require(Prosesssteg.INNSENDING, "innsending", "the application is built from the form del3 returns");
        Skjemadel del = gjeldendeDel();
        Svar alle = Forhandsutfylling.flett(del.forhandsutfylt(), svar);
        Svar sendes = rensing == Rensing.FJERN_SKJULTE ? del.skjemamodell().rens(alle) : alle;
        return Innsending.builder().soknadId(del.soknadId()).skjemaversjon(del.skjemaversjon()).svar(sendes)
                .skjemamodell(del.skjemamodell());
    }

    /**
     * Step 3a (F-3.1): asks the service whether the application is correctly filled in. May be called
     * any number of times before {@link #send}.
     *
     * @param innsending the application, from {@link #innsending(Svar)}
     */
    public synchronized Valideringsresultat valider(Innsending innsending) {
        require(Prosesssteg.INNSENDING, "valider", "validation follows the complete form from del3");
        return client.soknad().valider(egen(innsending));
    }

    /**
     * Step 3b (F-3.2): submits the application — once. A refusal that left nothing processed (invalid
     * input, 429/503, no connection) lets the doctor correct and send again; an answer ends the process.
     *
     * @param innsending the application, from {@link #innsending(Svar)}
     * @return the immediate answer; after {@code ManuellSaksbehandling} the reference is kept (F-3.4)
     * @throws SendOutcomeUnknownException when the application may or may not have arrived: the process
     *                                     then refuses to send until {@link #avklarUkjentInnsending()}
     */
    public synchronized SendResultat send(Innsending innsending) {
        require(Prosesssteg.INNSENDING, "send", "an application is sent once, after del3");
        Innsending egen = egen(innsending);
        steg = Prosesssteg.UKJENT_INNSENDING; // until an answer proves otherwise
        SendResultat resultat;
        try {
            resultat = client.soknad().send(egen);
        } catch (SendOutcomeUnknownException e) {
            throw e;
        } catch (BlareseptException e) {
            steg = Prosesssteg.INNSENDING; // refused before processing: nothing arrived
            throw e;
        }
        soknadsreferanse = referanse(resultat).orElse(null);
        steg = Prosesssteg.AVSLUTTET;
        return resultat;
    }

    private static Optional<Soknadsreferanse> referanse(SendResultat resultat) {
        return resultat.accept(new SendResultat.Visitor<>() {
            @Override
            public Optional<Soknadsreferanse> innvilget(SendResultat.Innvilget innvilget) {
                return innvilget.soknadsreferanse();
            }

            @Override
            public Optional<Soknadsreferanse> avslag(SendResultat.Avslag avslag) {
                return avslag.soknadsreferanse();
            }

            @Override
            public Optional<Soknadsreferanse> manuellSaksbehandling(SendResultat.ManuellSaksbehandling manuell) {
                return Optional.of(manuell.soknadsreferanse());
            }

            @Override
            public Optional<Soknadsreferanse> avvisning(SendResultat.Avvisning avvisning) {
                return Optional.empty();
            }

            @Override
            public Optional<Soknadsreferanse> ukjentUtfall(SendResultat.UkjentUtfall ukjent) {
                return ukjent.soknadsreferanse();
            }
        });
    }

    /**
     * After a send whose outcome is unknown: looks the application up with the decision lookup. An
     * application being processed ({@code SoknadTilBehandling}), a refused one ({@code AvslattSoknad}) or a
     * decision found means it arrived — the process ends; {@code IngenVedtak} means it did not — {@link #send}
     * is allowed again. Any
     * other answer leaves the question open; call again later.
     *
     * @return the lookup's outcome, to show the doctor
     */
    public synchronized VedtakSokResultat avklarUkjentInnsending() {
        require(Prosesssteg.UKJENT_INNSENDING, "avklarUkjentInnsending", "only a send with unknown outcome needs it");
        VedtakSokResultat resultat = client.vedtak().sok(forskrivning);
        if (resultat instanceof VedtakSokResultat.SoknadTilBehandling s) {
            soknadsreferanse = s.soknadsreferanse().orElse(soknadsreferanse);
            steg = Prosesssteg.AVSLUTTET;
        } else if (resultat instanceof VedtakSokResultat.AvslattSoknad a) {
            soknadsreferanse = a.soknadsreferanse().orElse(soknadsreferanse);
            steg = Prosesssteg.AVSLUTTET;
        } else if (resultat instanceof VedtakSokResultat.VedtakFunnet) {
            steg = Prosesssteg.AVSLUTTET;
        } else if (resultat instanceof VedtakSokResultat.IngenVedtak) {
            steg = Prosesssteg.INNSENDING;
        }
        return resultat;
    }

    /** Ends the process (the doctor's choice, or the default after an outcome); later calls are refused. */
    public synchronized void avslutt() {
        steg = Prosesssteg.AVSLUTTET;
    }

    private void require(Prosesssteg expected, String call, String whatToDo) {
        if (steg != expected) {
            throw new ProsesstegException(steg, call, whatToDo);
        }
    }

    private Skjemadel gjeldendeDel() {
        return Objects.requireNonNull(skjemadel, "skjemadel is set before every step that reads it");
    }

    private Innsending egen(Innsending innsending) {
        Objects.requireNonNull(innsending, "innsending");
        if (!innsending.soknadId().equals(gjeldendeDel().soknadId())) {
            throw new ProsesstegException(steg, "valider/send",
                    "the Innsending belongs to another application; build it with this process's innsending(...)");
        }
        return innsending;
    }

    /** Shows the step only: the prescription holds personal data. */
    @Override
    public synchronized String toString() {
        return "BlareseptProsess[steg=" + steg + "]";
    }
}
