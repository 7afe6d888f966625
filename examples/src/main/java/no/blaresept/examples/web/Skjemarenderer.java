package no.blaresept.examples.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.blaresept.schema.Begrensninger;
import no.blaresept.schema.Felt;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.Kode;
import no.blaresept.schema.Kodeverk;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.SkjemaTilstand;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Vedleggskrav;
import no.blaresept.schema.Vedleggstype;

/**
 * Renders a form part from the model only: one input per field type, labels from {@code title}, long
 * help from {@code description} behind a disclosure, required markers, code lists with their code
 * system, repeating groups with add/remove, attachments with their limits. Every field is rendered,
 * also those hidden now (with {@code hidden}), so the page can show them as soon as an answer makes
 * them visible; prefilled read-only fields are left out — the server keeps and sends their values (F-2.6).
 *
 * <p>Stateless and thread-safe.
 */
final class Skjemarenderer {
    /** Code lists longer than this are a searchable list instead of a select. */
    static final int MAKS_VALG_I_NEDTREKK = 15;
    /** Text fields allowing more characters than this are a text area. */
    private static final int MAKS_LENGDE_ENLINJE = 255;

    private Skjemarenderer() {
    }

    /** The fields of {@code svar}'s form, with {@code feil} (field path → messages) next to their fields. */
    static String felter(SkjemaModell modell, Svar svar, Map<String, List<String>> feil) {
        SkjemaTilstand tilstand = modell.tilstand(svar);
        Map<String, List<FeltTilstand>> barn = new LinkedHashMap<>();
        for (FeltTilstand t : tilstand.felter()) {
            if (!t.sti().contains("/-")) { // a list without items has only its template paths
                barn.computeIfAbsent(forelder(t.sti()), k -> new ArrayList<>()).add(t);
            }
        }
        Html h = new Html();
        new Kontekst(modell, svar, barn, feil, h).barn("");
        return h.toString();
    }

    /** The path of the group, list item or list a path belongs to. */
    static String forelder(String sti) {
        return sti.substring(0, sti.lastIndexOf('/'));
    }

    private record Kontekst(SkjemaModell modell, Svar svar, Map<String, List<FeltTilstand>> barn,
                            Map<String, List<String>> feil, Html h) {

        void barn(String forelder) {
            barn.getOrDefault(forelder, List.of()).forEach(this::felt);
        }

        /** Whether anything under this path is for the doctor to fill in; groups of prefilled fields are left out. */
        boolean harInput(FeltTilstand t) {
            if (!t.felt().krevesManuellInput()) {
                return false;
            }
            return switch (t.felt().type()) {
                case GRUPPE -> barn.getOrDefault(t.sti(), List.of()).stream().anyMatch(this::harInput);
                default -> true;
            };
        }

        void felt(FeltTilstand t) {
            if (!harInput(t)) {
                return;
            }
            switch (t.felt().type()) {
                case GRUPPE -> gruppe(t);
                case LISTE -> liste(t);
                case BOOLSK -> jaNei(t);
                default -> enkelt(t);
            }
        }

        void gruppe(FeltTilstand t) {
            apne(t, "fieldset", "gruppe");
            h.r("<legend>").t(tittel(t.felt())).r("</legend>");
            hjelp(t);
            barn(t.sti());
            h.r("</fieldset></div>");
        }

        void liste(FeltTilstand t) {
            apne(t, "fieldset", "liste");
            h.r("<legend>").t(tittel(t.felt())).r(t.pakrevd() ? " <span class=\"pakrevd\">(obligatorisk)</span>" : "")
                    .r("</legend>");
            hjelp(t);
            List<String> elementer = barn.keySet().stream()
                    .filter(k -> k.startsWith(t.sti() + "/") && forelder(k).equals(t.sti())
                            && k.substring(t.sti().length() + 1).chars().allMatch(Character::isDigit))
                    .toList();
            int nummer = 1;
            for (String element : elementer) {
                String navn = tittel(t.felt()) + " nr. " + nummer++;
                h.r("<fieldset class=\"element\"><legend>").t(navn).r("</legend>");
                barn(element);
                h.r("<button type=\"submit\" class=\"sekundar\" name=\"handling\" value=\"fjern ").t(element).r("\">Fjern ")
                        .t(navn.toLowerCase(java.util.Locale.ROOT)).r("</button></fieldset>");
            }
            int maks = t.felt().begrensninger().maksAntall().orElse(Integer.MAX_VALUE);
            if (elementer.size() < maks) {
                h.r("<button type=\"submit\" class=\"sekundar\" name=\"handling\" value=\"legg-til ").t(t.sti())
                        .r("\">Legg til ").t(tittel(t.felt()).toLowerCase(java.util.Locale.ROOT)).r("</button>");
            }
            feilfelt(t);
            h.r("</fieldset></div>");
        }

        void jaNei(FeltTilstand t) {
            apne(t, "fieldset", "janei");
            h.r("<legend>").t(tittel(t.felt())).r(pakrevdMerke(t)).r("</legend>");
            hjelp(t);
            String verdi = Verdier.tilTekst(svar, t.sti());
            for (String[] valg : new String[][] {{"true", "Ja"}, {"false", "Nei"}}) {
                String id = Html.id(t.sti()) + "-" + valg[0];
                h.r("<span class=\"radio\"><input type=\"radio\" id=\"").r(id).r("\" name=\"").t(t.sti()).r("\" value=\"")
                        .r(valg[0]).r("\"").r(valg[0].equals(verdi) ? " checked" : "").r(aria(t)).r("><label for=\"")
                        .r(id).r("\">").r(valg[1]).r("</label></span>");
            }
            feilfelt(t);
            h.r("</fieldset></div>");
        }

        void enkelt(FeltTilstand t) {
            Felt f = t.felt();
            String id = Html.id(t.sti());
            apne(t, "div", "enkelt");
            h.r("<label for=\"").r(id).r("\">").t(tittel(f)).r(pakrevdMerke(t)).r("</label>");
            String hint = hint(t);
            h.r("<p class=\"hint\" id=\"h").r(id).r("\"").r(hint.isEmpty() ? " hidden" : "").r(">").t(hint).r("</p>");
            hjelp(t);
            Optional<Kodeverk> kodeverk = modell.kodeverk(svar, t.sti());
            List<Kode> koder = kodeverk.map(Kodeverk::koder).orElse(List.of());
            String verdi = Verdier.tilTekst(svar, t.sti());
            if (f.type() == FeltType.VEDLEGG) {
                h.r("<input type=\"file\" id=\"").r(id).r("\" data-vedlegg accept=\"").t(aksepterer(f)).r("\"").r(aria(t)).r(">");
                h.r("<p class=\"vedleggstatus\" id=\"s").r(id).r("\" aria-live=\"polite\">")
                        .t(verdi.isEmpty() ? "Ingen fil lagt ved." : "Fil lagt ved (" + kilobyte(verdi) + " kB).").r("</p>");
            } else if (f.type() == FeltType.KODE && !koder.isEmpty() && koder.size() <= MAKS_VALG_I_NEDTREKK) {
                h.r("<select id=\"").r(id).r("\" name=\"").t(t.sti()).r("\"").r(aria(t)).r("><option value=\"\">Velg …</option>");
                for (Kode k : koder) {
                    String v = k.verdi().asText();
                    h.r("<option value=\"").t(v).r("\"").r(v.equals(verdi) ? " selected" : "").r(">")
                            .t(k.tekst().orElse(v)).r("</option>");
                }
                h.r("</select>");
            } else if (f.type() == FeltType.TEKST && f.begrensninger().maksLengde().orElse(0) > MAKS_LENGDE_ENLINJE) {
                h.r("<textarea id=\"").r(id).r("\" name=\"").t(t.sti()).r("\" rows=\"3\" maxlength=\"")
                        .r(String.valueOf(f.begrensninger().maksLengde().getAsInt())).r("\"").r(aria(t)).r(">").t(verdi).r("</textarea>");
            } else {
                h.r("<input id=\"").r(id).r("\" name=\"").t(t.sti()).r("\" value=\"").t(verdi).r("\"").r(inputtype(f)).r(aria(t));
                if (koder.size() > MAKS_VALG_I_NEDTREKK) { // a long code list: the browser's searchable list
                    h.r(" list=\"l").r(id).r("\"><datalist id=\"l").r(id).r("\">");
                    koder.forEach(k -> h.r("<option value=\"").t(k.verdi().asText()).r("\">").t(k.tekst().orElse("")).r("</option>"));
                    h.r("</datalist>");
                } else {
                    h.r(">");
                }
            }
            feilfelt(t);
            h.r("</div>");
        }

        void apne(FeltTilstand t, String element, String klasse) {
            h.r("<div class=\"felt ").r(klasse).r("\" data-sti=\"").t(t.sti()).r("\"").r(t.synlig() ? "" : " hidden").r(">");
            if (!element.equals("div")) {
                h.r("<").r(element).r(">");
            }
        }

        void hjelp(FeltTilstand t) {
            t.felt().beskrivelse().ifPresent(b -> h.r("<details class=\"hjelp\"><summary>Hjelp til «").t(tittel(t.felt()))
                    .r("»</summary><p>").t(b).r("</p></details>"));
        }

        void feilfelt(FeltTilstand t) {
            List<String> meldinger = feil.getOrDefault(t.sti(), List.of());
            h.r("<p class=\"feil\" id=\"e").r(Html.id(t.sti())).r("\"").r(meldinger.isEmpty() ? " hidden" : "").r(">")
                    .t(String.join(" ", meldinger)).r("</p>");
        }

        String aria(FeltTilstand t) {
            String id = Html.id(t.sti());
            return " aria-describedby=\"h" + id + " e" + id + "\"" + (t.pakrevd() ? " aria-required=\"true\"" : "")
                    + (feil.containsKey(t.sti()) ? " aria-invalid=\"true\"" : "");
        }

        String pakrevdMerke(FeltTilstand t) {
            return " <span class=\"pakrevd\"" + (t.pakrevd() ? "" : " hidden") + ">(obligatorisk)</span>";
        }

        /** Short help under the label: the code system, the range, the format; empty when there is none. */
        String hint(FeltTilstand t) {
            Felt f = t.felt();
            List<String> deler = new ArrayList<>();
            modell.kodeverk(svar, t.sti()).filter(k -> k.system().isPresent())
                    .ifPresent(k -> deler.add(Skjemarenderer.kodesystem(k)));
            Begrensninger b = f.begrensninger();
            if (b.minimum().isPresent() && b.maksimum().isPresent()) {
                deler.add("Fra " + tall(b.minimum().get()) + " til " + tall(b.maksimum().get()) + ".");
            }
            switch (f.type()) {
                case HELTALL -> deler.add("Heltall.");
                case DATO_TID -> deler.add("Format: 2026-01-31T14:30:00+01:00.");
                case VEDLEGG -> deler.add(Skjemarenderer.vedleggskrav(f.vedlegg().orElse(Vedleggskrav.BLARESEPT)));
                default -> { }
            }
            return String.join(" ", deler);
        }

        String kilobyte(String base64) {
            return String.valueOf(Math.max(1, base64.length() * 3L / 4 / 1024));
        }
    }

    /** The code system as the hint names it, for example "Kode fra ICD-10 (OID 7110)." */
    static String kodesystem(Kodeverk k) {
        return k.system().map(s -> "Kode fra " + s + k.oid().map(o -> " (OID " + o + ")").orElse("") + ".").orElse("");
    }

    /** The attachment limits as the hint shows them: "Tillatte filtyper: PDF, DOCX. Høyst 15 MB." */
    static String vedleggskrav(Vedleggskrav k) {
        String typer = k.tillatteTyper().stream().sorted().map(Vedleggstype::name).collect(Collectors.joining(", "));
        return "Tillatte filtyper: " + typer + ". Høyst " + k.maksBytes() / (1024 * 1024) + " MB per fil.";
    }

    private static String aksepterer(Felt f) {
        return f.vedlegg().orElse(Vedleggskrav.BLARESEPT).tillatteTyper().stream().sorted()
                .map(t -> t.filendelse() + "," + t.medietype()).collect(Collectors.joining(","));
    }

    private static String tittel(Felt f) {
        return f.tittel().orElse(f.navn());
    }

    private static String tall(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String inputtype(Felt f) {
        return switch (f.type()) {
            case TALL -> " type=\"text\" inputmode=\"decimal\" autocomplete=\"off\"";
            case HELTALL -> " type=\"text\" inputmode=\"numeric\" autocomplete=\"off\"";
            case DATO -> " type=\"date\"";
            default -> " type=\"text\" autocomplete=\"off\"" + f.begrensninger().maksLengde().stream()
                    .mapToObj(m -> " maxlength=\"" + m + "\"").findFirst().orElse("");
        };
    }
}
