package no.blaresept.examples.web;

import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import org.jspecify.annotations.Nullable;

/**
 * The outcome pages (F-3.x): grant with its receipt, refusal with its reasons, manual processing with
 * its reference and a status check, rejection, an unknown outcome, and a send whose outcome is
 * unknown — which offers a lookup, never a second send. Each sealed outcome is handled by an
 * {@code instanceof} chain that ends in an exception, so an outcome added later fails loudly here.
 *
 * <p>Stateless and thread-safe.
 */
final class Utfallsside {
    private static final int STEG = 6;

    private Utfallsside() {
    }

    /** The answer to send, and the status found by a later check, if any. */
    static String send(SendResultat resultat, @Nullable SoknadStatus status) {
        Html h = new Html();
        String tittel;
        if (resultat instanceof SendResultat.Innvilget innvilget) {
            tittel = "Søknaden er innvilget";
            Sider.kvittering(h, innvilget.kvittering());
        } else if (resultat instanceof SendResultat.Avslag avslag) {
            tittel = "Søknaden er avslått";
            h.r("<h2>Begrunnelse</h2>");
            Sider.liste(h, avslag.avslagsgrunner().stream().map(no.blaresept.sdk.Melding::tekst).toList());
        } else if (resultat instanceof SendResultat.ManuellSaksbehandling manuell) {
            tittel = "Søknaden er til manuell saksbehandling";
            referanse(h, manuell.soknadsreferanse());
            h.r("<p>Helfo behandler søknaden. Du kan sjekke status senere med referansen.</p>")
                    .r("<form method=\"post\" action=\"/status\"><button type=\"submit\">Sjekk status</button></form>");
            if (status != null) {
                status(h, status);
            }
        } else if (resultat instanceof SendResultat.Avvisning) {
            tittel = "Søknaden ble avvist";
        } else if (resultat instanceof SendResultat.UkjentUtfall ukjent) {
            tittel = "Ukjent svar fra tjenesten (" + ukjent.kode() + ")";
            ukjent.soknadsreferanse().ifPresent(r -> referanse(h, r));
        } else {
            throw new IllegalStateException("SendResultat without a page: " + resultat.getClass());
        }
        Sider.meldinger(h, resultat.meldinger());
        return Sider.ramme(tittel, STEG, ny(h));
    }

    /** del1–del3 answered without a form: the process ends here. */
    static String skjema(SkjemaResultat resultat) {
        Html h = new Html();
        Sider.meldinger(h, resultat.meldinger());
        String tittel;
        if (resultat instanceof SkjemaResultat.Avvisning) {
            tittel = "Søknaden ble avvist";
        } else if (resultat instanceof SkjemaResultat.UkjentUtfall ukjent) {
            tittel = "Ukjent svar fra tjenesten (" + ukjent.kode() + ")";
        } else {
            throw new IllegalStateException("SkjemaResultat with a form has no outcome page: " + resultat.getClass());
        }
        return Sider.ramme(tittel, STEG, ny(h));
    }

    /** send's outcome is unknown: say so, and offer the lookup that finds out. */
    static String ukjentInnsending(@Nullable String avklaring) {
        Html h = new Html().r("<div class=\"melding\"><p>Vi vet ikke om søknaden kom fram. Ikke send den på nytt: ")
                .r("sjekk først om tjenesten har mottatt den.</p></div>");
        if (avklaring != null) {
            h.r("<p>").t(avklaring).r("</p>");
        }
        h.r("<form method=\"post\" action=\"/avklar\"><button type=\"submit\">Sjekk om søknaden kom fram</button></form>");
        return Sider.ramme("Usikkert om søknaden kom fram", STEG, h.toString());
    }

    private static void status(Html h, SoknadStatus status) {
        h.r("<section class=\"kort\" aria-live=\"polite\"><h2>Status</h2>");
        if (status instanceof SoknadStatus.UnderBehandling) {
            h.r("<p>Søknaden er fortsatt under behandling.</p>");
        } else if (status instanceof SoknadStatus.Innvilget innvilget) {
            h.r("<p>Søknaden er innvilget.</p>");
            Sider.kvittering(h, innvilget.kvittering());
        } else if (status instanceof SoknadStatus.Avslag avslag) {
            h.r("<p>Søknaden er avslått.</p>");
            Sider.liste(h, avslag.avslagsgrunner().stream().map(no.blaresept.sdk.Melding::tekst).toList());
        } else if (status instanceof SoknadStatus.UkjentStatus ukjent) {
            h.r("<p>Ukjent status fra tjenesten (").t(ukjent.kode()).r(").</p>");
        } else {
            throw new IllegalStateException("SoknadStatus without a page: " + status.getClass());
        }
        h.r("</section>");
    }

    private static void referanse(Html h, Soknadsreferanse referanse) {
        h.r("<p>Søknadsreferanse: <strong class=\"referanse\">").t(referanse.value()).r("</strong></p>");
    }

    private static String ny(Html h) {
        return h.r("<form method=\"post\" action=\"/avslutt\"><button type=\"submit\" class=\"sekundar\">Ny søknad</button></form>")
                .toString();
    }
}
