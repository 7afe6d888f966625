package no.blaresept.examples.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.error.BlareseptException;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.prosess.BlareseptProsess;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.vedtak.VedtakSokResultat;

/**
 * What each page and button does, in the order of the process (F-0.2). Every POST ends in a redirect to
 * the page that shows its result (post/redirect/get), so reloading a page never repeats a call.
 *
 * <p>Thread-safe; the caller holds the session's lock.
 */
final class Prosesshandlinger {
    private static final int MAKS_SKJEMA_BYTES = 1024 * 1024;
    /** The header a live change carries: the number of the form post its page came from. */
    static final String SIDENUMMER = "X-Sidenummer";
    private final BlareseptClient client;
    private final Oktlager okter;

    Prosesshandlinger(BlareseptClient client, Oktlager okter) {
        this.client = client;
        this.okter = okter;
    }

    Optional<Okt> okt(String id) {
        return okter.hent(id);
    }

    /** The prescription: checks it, asks the decision lookup (F-0.1: always first) and opens a session. */
    void start(Utveksling u) throws IOException {
        Map<String, String> felt = u.skjemafelt(MAKS_SKJEMA_BYTES);
        Forskrivning forskrivning;
        try {
            forskrivning = Forskrivning.builder()
                    .pasient(felt.getOrDefault("fodselsnummer", "").strip())
                    .hjemmel(Hjemmel.valueOf(felt.getOrDefault("hjemmel", Hjemmel.BLARESEPTFORSKRIFTEN_3.name())))
                    .produkt(Produkt.legemiddel(felt.getOrDefault("atc", "").strip()))
                    .build();
        } catch (InvalidInputException e) {
            boolean pasient = e.field().startsWith("pasient");
            u.html(400, Sider.startside(Map.of(pasient ? "fodselsnummer" : "atc", pasient
                    ? "Fødselsnummeret er ikke gyldig. Skriv 11 siffer, slik det står i journalen."
                    : "ATC-koden er ikke gyldig. Skriv den slik: A10BJ06.")));
            return;
        } catch (IllegalArgumentException e) {
            u.html(400, Sider.startside(Map.of()));
            return;
        }
        BlareseptProsess prosess = BlareseptProsess.start(client, forskrivning);
        Okt okt = new Okt(prosess, prosess.sjekkVedtak());
        u.settOkt(okter.lagre(okt));
        u.videre("/vedtak");
    }

    /** The pages and buttons of a session. */
    void utfor(Utveksling u, String rute, String id, Okt okt) throws IOException {
        switch (rute) {
            case "GET /vedtak" -> u.html(200, Sider.vedtakside(okt.vedtak));
            case "POST /soknad" -> nyDel(u, okt, okt.prosess.del1());
            case "GET /skjema" -> skjemaside(u, okt);
            case "POST /skjema" -> skjema(u, okt);
            case "POST /felt" -> felt(u, okt);
            case "GET /kontroll" -> u.html(200, Sider.kontrollside(okt.tjenestefeil));
            case "POST /send" -> send(u, okt);
            case "GET /utfall" -> u.html(200, okt.ukjentInnsending ? Utfallsside.ukjentInnsending(okt.tjenestefeil)
                    : okt.utfall != null ? Utfallsside.send(okt.utfall, okt.status) : Sider.ramme("Ingen søknad sendt", 6, ""));
            case "POST /status" -> {
                okt.status = okt.prosess.soknadsreferanse().map(r -> client.soknad().status(r)).orElse(null);
                u.videre("/utfall");
            }
            case "POST /avklar" -> avklar(u, okt);
            case "POST /avslutt" -> {
                okt.prosess.avslutt();
                okter.fjern(id);
                u.slettOkt();
                u.videre("/");
            }
            default -> u.html(404, Sider.ramme("Fant ikke siden", 0, "<p><a href=\"/\">Start en ny søknad</a>.</p>"));
        }
    }

    private void nyDel(Utveksling u, Okt okt, SkjemaResultat resultat) throws IOException {
        if (!resultat.kanGaVidere()) { // no form to go on with: the process has ended
            u.html(200, Utfallsside.skjema(resultat));
            return;
        }
        Skjemadel del = okt.prosess.skjemadel().orElseThrow();
        okt.del++;
        okt.sidenummer++;
        okt.modell = okt.prosess.skjemamodell().orElseThrow();
        okt.svar = del.forhandsutfylt();
        okt.meldinger = resultat.meldinger();
        okt.feil = List.of();
        u.videre("/skjema");
    }

    private void skjemaside(Utveksling u, Okt okt) throws IOException {
        if (okt.modell == null) {
            u.videre("/vedtak");
            return;
        }
        u.html(200, Skjemaside.html(okt));
    }

    private void skjema(Utveksling u, Okt okt) throws IOException {
        Map<String, String> felt = u.skjemafelt(MAKS_SKJEMA_BYTES);
        okt.sidenummer++;
        okt.svar = Skjemapost.taOver(okt.modell, okt.svar, felt);
        Optional<Skjemapost.Handling> handling = Skjemapost.Handling.les(felt.get("handling"));
        okt.feil = List.of();
        if (handling.isPresent() && !(handling.get() instanceof Skjemapost.Handling.Neste)) {
            Skjemapost.endreListe(okt.modell, okt.svar, handling.get()).ifPresent(s -> okt.svar = s);
            u.videre("/skjema");
            return;
        }
        okt.feil = Skjemapost.kontroller(okt.modell, okt.svar);
        if (!okt.feil.isEmpty() || handling.isEmpty()) {
            u.videre("/skjema");
        } else if (okt.del < 3) {
            nyDel(u, okt, okt.del == 1 ? okt.prosess.del2(okt.svar) : okt.prosess.del3(okt.svar));
        } else {
            valider(u, okt);
        }
    }

    // F-2.10: one change, evaluated by the model; the page applies the answer without reloading.
    private void felt(Utveksling u, Okt okt) throws IOException {
        Optional<byte[]> kropp = u.kropp(Levende.maksBytes());
        if (kropp.isEmpty()) {
            u.json(413, Levende.forStor());
            return;
        }
        if (!String.valueOf(okt.sidenummer).equals(u.header(SIDENUMMER).orElse(""))) {
            u.json(409, "{\"utdatert\":true}"); // from a page the doctor has already posted: the post decides
            return;
        }
        Optional<Levende.Resultat> resultat = okt.modell().flatMap(m -> Levende.endre(m, okt.svar, kropp.get()));
        if (resultat.isPresent()) {
            okt.svar = resultat.get().svar();
            u.json(200, resultat.get().json());
        } else {
            u.json(400, "{\"feil\":{}}");
        }
    }

    // F-3.1: the service checks the complete application before it may be sent.
    private void valider(Utveksling u, Okt okt) throws IOException {
        Valideringsresultat resultat = okt.prosess.valider(innsending(okt));
        okt.feil = resultat.feil().stream().map(f -> new Okt.Feilmelding(f.sti(), f.melding())).toList();
        u.videre(okt.feil.isEmpty() ? "/kontroll" : "/skjema");
    }

    private void send(Utveksling u, Okt okt) throws IOException {
        okt.tjenestefeil = null;
        try {
            okt.utfall = okt.prosess.send(innsending(okt));
        } catch (SendOutcomeUnknownException e) {
            okt.ukjentInnsending = true;
        } catch (BlareseptException e) {
            okt.tjenestefeil = "Søknaden ble ikke sendt: " + e.getMessage() + " Du kan rette og sende på nytt.";
            u.videre("/kontroll");
            return;
        }
        u.videre("/utfall");
    }

    private void avklar(Utveksling u, Okt okt) throws IOException {
        VedtakSokResultat svar = okt.prosess.avklarUkjentInnsending();
        if (svar instanceof VedtakSokResultat.IngenVedtak) {
            okt.ukjentInnsending = false;
            okt.tjenestefeil = "Søknaden kom ikke fram. Du kan sende den nå.";
            u.videre("/kontroll");
            return;
        }
        okt.tjenestefeil = svar instanceof VedtakSokResultat.SoknadTilBehandling || svar instanceof VedtakSokResultat.VedtakFunnet
                ? "Søknaden kom fram. Ikke send den på nytt." : "Det er fortsatt uklart. Prøv igjen om litt.";
        u.videre("/utfall");
    }

    // The answers without values of hidden fields: what the SDK sends (F-2.9).
    private static Innsending innsending(Okt okt) {
        return okt.prosess.innsending(okt.svar).build();
    }
}
