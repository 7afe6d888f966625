package no.blaresept.examples.web;

import java.util.List;
import java.util.Map;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Melding;
import no.blaresept.sdk.soknad.Kvittering;
import no.blaresept.sdk.vedtak.Vedtak;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import org.jspecify.annotations.Nullable;

/**
 * The pages of the process around the form: the frame every page shares, the prescription, the
 * decision lookup's answer, the check before sending. Outcomes are in {@link Utfallsside}.
 *
 * <p>Stateless and thread-safe.
 */
final class Sider {
    static final String[] STEG = {"Forskrivning", "Vedtak", "Skjema del 1", "Skjema del 2", "Skjema del 3", "Send", "Svar"};

    private Sider() {
    }

    /** A whole page: skip link, header with the step, main content with its heading. */
    static String ramme(String tittel, int steg, String innhold) {
        Html h = new Html().r("<!DOCTYPE html><html lang=\"nb\"><head><meta charset=\"utf-8\">")
                .r("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").t(tittel)
                .r(" – Blåresept</title><link rel=\"stylesheet\" href=\"/ressurs/skjema.css\">")
                .r("<script src=\"/ressurs/skjema.js\" defer></script></head><body>")
                .r("<a class=\"hopp\" href=\"#hoved\">Hopp til hovedinnhold</a>")
                .r("<header><p class=\"tjeneste\">Søknad om individuell stønad på blå resept</p><nav aria-label=\"Steg\"><ol class=\"steg\">");
        for (int i = 0; i < STEG.length; i++) {
            h.r("<li").r(i == steg ? " aria-current=\"step\"" : "").r(">").t(STEG[i]).r("</li>");
        }
        return h.r("</ol></nav></header><main id=\"hoved\" tabindex=\"-1\"><h1>").t(tittel).r("</h1>")
                .r(innhold).r("</main></body></html>").toString();
    }

    /** The prescription: the patient, the legal basis and the drug. {@code feil} maps a field name to its message. */
    static String startside(Map<String, String> feil) {
        Html h = new Html().r("<form method=\"post\" action=\"/start\" novalidate>");
        tekstfelt(h, "fodselsnummer", "Pasientens fødselsnummer eller D-nummer", "11 siffer.", "numeric", feil);
        h.r("<div class=\"felt enkelt\"><label for=\"hjemmel\">Hjemmel</label><select id=\"hjemmel\" name=\"hjemmel\">");
        for (Hjemmel hj : Hjemmel.values()) {
            h.r("<option value=\"").r(hj.name()).r("\">").t(hjemmel(hj)).r("</option>");
        }
        h.r("</select></div>");
        tekstfelt(h, "atc", "Legemidlets ATC-kode", "For eksempel A10BJ06.", "text", feil);
        return ramme("Ny søknad", 0, h.r("<button type=\"submit\">Søk etter vedtak</button></form>").toString());
    }

    private static void tekstfelt(Html h, String navn, String etikett, String hint, String inputmode, Map<String, String> feil) {
        String melding = feil.get(navn);
        h.r("<div class=\"felt enkelt\"><label for=\"").r(navn).r("\">").t(etikett)
                .r(" <span class=\"pakrevd\">(obligatorisk)</span></label><p class=\"hint\" id=\"h").r(navn).r("\">").t(hint)
                .r("</p><input type=\"text\" id=\"").r(navn).r("\" name=\"").r(navn).r("\" inputmode=\"").r(inputmode)
                .r("\" autocomplete=\"off\" aria-required=\"true\" aria-describedby=\"h").r(navn).r(" e").r(navn).r("\"")
                .r(melding == null ? "" : " aria-invalid=\"true\"").r("><p class=\"feil\" id=\"e").r(navn).r("\"")
                .r(melding == null ? " hidden>" : ">").t(melding == null ? "" : melding).r("</p></div>");
    }

    /** The decision lookup's answer with its messages and default choice (F-1.x). */
    static String vedtakside(VedtakSokResultat vedtak) {
        Html h = new Html();
        meldinger(h, vedtak.meldinger());
        if (vedtak instanceof VedtakSokResultat.VedtakFunnet funnet) {
            for (Vedtak v : funnet.vedtak()) {
                h.r("<section class=\"kort\"><h2>Vedtak ").t(v.vedtaksId()).r("</h2><p>").t(hjemmel(v.hjemmel()))
                        .r(", gyldig fra ").t(v.gyldigFra().toString()).t(v.gyldigTil().map(d -> " til " + d).orElse("")).r(".</p>");
                v.innhold().ifPresent(i -> h.r("<p>").t(i).r("</p>"));
                liste(h, v.vilkar());
                if (v.maLeseVedtaksdokument()) {
                    h.r("<p><strong>Vedtaksbrevet må leses</strong>: det har innhold som ikke står her.</p>");
                }
                h.r("</section>");
            }
        }
        boolean standardVidere = vedtak.standardvalg() == no.blaresept.sdk.Neste.GA_VIDERE;
        h.r("<p>Anbefalt valg: <strong>").r(standardVidere ? "søk om stønad" : "avslutt").r("</strong>.</p>");
        if (vedtak.kanGaVidere()) {
            h.r("<div class=\"knapper\"><form method=\"post\" action=\"/soknad\"><button type=\"submit\"")
                    .r(standardVidere ? "" : " class=\"sekundar\"").r(">Søk om individuell stønad</button></form>");
        } else {
            h.r("<div class=\"knapper\">");
        }
        h.r("<form method=\"post\" action=\"/avslutt\"><button type=\"submit\"").r(standardVidere ? " class=\"sekundar\"" : "")
                .r(">Avslutt</button></form></div>");
        return ramme(vedtakstittel(vedtak), 1, h.toString());
    }

    private static String vedtakstittel(VedtakSokResultat vedtak) {
        if (vedtak instanceof VedtakSokResultat.VedtakFunnet) {
            return "Pasienten har vedtak";
        } else if (vedtak instanceof VedtakSokResultat.IngenVedtak) {
            return "Ingen vedtak funnet";
        } else if (vedtak instanceof VedtakSokResultat.SoknadTilBehandling) {
            return "En søknad er til behandling";
        } else if (vedtak instanceof VedtakSokResultat.Varsel) {
            return "Vedtaksspørringen ga et varsel";
        } else if (vedtak instanceof VedtakSokResultat.Avvisning) {
            return "Vedtaksspørringen ble avvist";
        } else if (vedtak instanceof VedtakSokResultat.UkjentUtfall u) {
            return "Ukjent svar fra tjenesten (" + u.kode() + ")";
        }
        throw new IllegalStateException("VedtakSokResultat without a page: " + vedtak.getClass());
    }

    /** The check before sending: the service found the application valid; send it once. */
    static String kontrollside(@Nullable String tjenestefeil) {
        Html h = new Html().r("<p>Tjenesten har kontrollert søknaden og fant ingen feil.</p>");
        if (tjenestefeil != null) {
            h.r("<div class=\"feilsammendrag\" role=\"alert\"><p>").t(tjenestefeil).r("</p></div>");
        }
        h.r("<div class=\"knapper\"><form method=\"post\" action=\"/send\"><button type=\"submit\">Send søknaden</button></form>")
                .r("<form method=\"get\" action=\"/skjema\"><button type=\"submit\" class=\"sekundar\">Tilbake til skjemaet</button></form></div>");
        return ramme("Søknaden er klar til innsending", 5, h.toString());
    }

    static void meldinger(Html h, List<Melding> meldinger) {
        for (Melding m : meldinger) {
            h.r("<div class=\"melding\"><p>").t(m.tekst()).r("</p></div>");
        }
    }

    static void liste(Html h, List<String> punkter) {
        if (!punkter.isEmpty()) {
            h.r("<ul>");
            punkter.forEach(p -> h.r("<li>").t(p).r("</li>"));
            h.r("</ul>");
        }
    }

    static void kvittering(Html h, Kvittering k) {
        h.r("<section class=\"kort\"><h2>Søknadskvittering</h2><p>").t(hjemmel(k.hjemmel())).r(", gyldig fra ")
                .t(k.gyldigFra().toString()).t(k.gyldigTil().map(d -> " til " + d).orElse("")).r(".</p>");
        k.innhold().ifPresent(i -> h.r("<p>").t(i).r("</p>"));
        liste(h, k.vilkar());
        k.tekster().forEach(t -> {
            t.overskrift().ifPresent(o -> h.r("<h3>").t(o).r("</h3>"));
            h.r("<p>").t(t.tekst()).r("</p>");
        });
        h.r("</section>");
    }

    static String hjemmel(Hjemmel hjemmel) {
        return switch (hjemmel) {
            case BLARESEPTFORSKRIFTEN_3 -> "Blåreseptforskriften § 3";
            case BLARESEPTFORSKRIFTEN_6 -> "Blåreseptforskriften § 6";
            case FOLKETRYGDLOVEN_5_25 -> "Folketrygdloven § 5-25";
        };
    }
}
