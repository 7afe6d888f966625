package no.blaresept.examples.web;

import java.util.List;
import java.util.Map;
import no.blaresept.schema.Felt;

/**
 * The page of one form part: the service's messages, a summary of errors that links to each field
 * (and takes the focus, so a screen reader reads it first), the fields, and the button that goes on.
 *
 * <p>Stateless and thread-safe.
 */
final class Skjemaside {
    private Skjemaside() {
    }

    static String html(Okt okt) {
        Html h = new Html();
        Sider.meldinger(h, okt.meldinger);
        Map<String, List<String>> feil = Skjemapost.perFelt(okt.feil);
        if (!feil.isEmpty()) {
            h.r("<div class=\"feilsammendrag\" id=\"feilsammendrag\" tabindex=\"-1\" role=\"alert\"><h2>")
                    .t(okt.feil.size() == 1 ? "Skjemaet har 1 feil" : "Skjemaet har " + okt.feil.size() + " feil")
                    .r("</h2><ul>");
            for (Okt.Feilmelding f : okt.feil) {
                String navn = okt.modell.felt(f.sti()).flatMap(Felt::tittel).orElse("Søknaden");
                h.r("<li><a href=\"#").r(Html.id(f.sti())).r("\">").t(navn + ": " + f.melding()).r("</a></li>");
            }
            h.r("</ul></div>");
        }
        h.r("<p>Felt merket (obligatorisk) må fylles ut. Hjelpetekster finner du under «Hjelp til».</p>")
                .r("<form method=\"post\" action=\"/skjema\" id=\"skjema\" novalidate data-sidenummer=\"")
                .r(String.valueOf(okt.sidenummer)).r("\">")
                .r(Skjemarenderer.felter(okt.modell, okt.svar, feil))
                .r("<div class=\"knapper\"><button type=\"submit\" name=\"handling\" value=\"neste\">")
                .r(okt.del < 3 ? "Neste" : "Kontroller søknaden").r("</button></div></form>");
        return Sider.ramme("Søknadsskjema, del " + okt.del + " av 3", 1 + okt.del, h.toString());
    }
}
