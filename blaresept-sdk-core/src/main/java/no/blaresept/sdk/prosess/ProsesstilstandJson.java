package no.blaresept.sdk.prosess;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.Svar;
import no.blaresept.schema.internal.JsonStier;
import no.blaresept.sdk.Diagnose;
import no.blaresept.sdk.Fodselsnummer;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.internal.DelteSkjemaer;
import no.blaresept.sdk.prosess.ProsesstilstandException.Kode;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.Soknadsreferanse;

/**
 * The JSON form of {@link Prosesstilstand}, format version {@value Prosesstilstand#FORMATVERSJON} (shape in
 * docs/core.md). Reading is strict: a missing, mistyped or unknown key is refused with its JSON Pointer, and
 * every value passes the checks of its own type. Stateless and thread-safe.
 */
final class ProsesstilstandJson {

    // Duplicate keys refused: "last one wins" would accept a document whose meaning is ambiguous.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ProsesstilstandJson() {
    }

    static String skriv(Prosesstilstand t) {
        ObjectNode rot = JSON.createObjectNode().put("formatversjon", Prosesstilstand.FORMATVERSJON)
                .put("steg", t.steg().name());
        rot.set("forskrivning", forskrivning(t.forskrivning()));
        t.skjemadel().ifPresent(del -> {
            ObjectNode d = rot.putObject("skjemadel").put("soknadId", del.soknadId().value())
                    .put("skjemaversjon", del.skjemaversjon().value());
            d.set("skjema", del.skjema());
            d.set("forhandsutfylt", del.forhandsutfylt().json());
        });
        rot.set("svar", t.svar().json());
        ArrayNode vedlegg = rot.putArray("vedlegg");
        t.vedlegg().forEach(v -> vedlegg.addObject().put("felt", v.felt()).put("kilde", v.kilde().toString())
                .put("sha256", v.sha256()));
        t.soknadsreferanse().ifPresent(r -> rot.put("soknadsreferanse", r.value()));
        return rot.toString();
    }

    private static ObjectNode forskrivning(Forskrivning f) {
        ObjectNode o = JSON.createObjectNode().put("pasient", f.pasient().value()).put("hjemmel", f.hjemmel().name());
        Produkt p = f.produkt();
        ObjectNode produkt = o.putObject("produkt").put("produkttype", p.produkttype().name());
        p.atcKode().ifPresent(a -> produkt.put("atcKode", a));
        p.varenummer().ifPresent(v -> produkt.put("varenummer", v));
        p.navn().ifPresent(n -> produkt.put("navn", n));
        f.diagnose().ifPresent(d -> {
            ObjectNode diagnose = o.putObject("diagnose").put("kodeverk", d.kodeverk().name()).put("kode", d.kode());
            d.tekst().ifPresent(tekst -> diagnose.put("tekst", tekst));
        });
        return o;
    }

    static Prosesstilstand les(String tekst) {
        Objekt rot = new Objekt(tre(tekst), "");
        JsonNode versjon = rot.pakrevd("formatversjon");
        if (!versjon.canConvertToExactIntegral() || !versjon.canConvertToInt()) {
            throw new ProsesstilstandException("/formatversjon", Kode.UGYLDIG_VERDI, "formatversjon must be a whole number");
        }
        if (versjon.asInt() != Prosesstilstand.FORMATVERSJON) {
            throw new ProsesstilstandException("/formatversjon", Kode.UKJENT_FORMATVERSJON, "formatversjon "
                    + versjon.asInt() + " was found; this SDK reads formatversjon " + Prosesstilstand.FORMATVERSJON
                    + " only" + (versjon.asInt() > Prosesstilstand.FORMATVERSJON
                    ? "; resume with the newer blaresept-sdk that saved it" : ""));
        }
        rot.kunNokler(Set.of("formatversjon", "steg", "forskrivning", "skjemadel", "svar", "vedlegg", "soknadsreferanse"));
        Prosesssteg steg = rot.verdi("steg", Prosesssteg::valueOf);
        Forskrivning forskrivning = forskrivning(rot.objekt("forskrivning"));
        Skjemadel skjemadel = rot.valgfrittObjekt("skjemadel").map(ProsesstilstandJson::skjemadel).orElse(null);
        if (Prosesstilstand.MED_SKJEMADEL.contains(steg) != (skjemadel != null) && steg != Prosesssteg.AVSLUTTET) {
            throw new ProsesstilstandException("/skjemadel", skjemadel == null ? Kode.MANGLER : Kode.UGYLDIG_VERDI,
                    "a process at step " + steg + (skjemadel == null ? " holds a form part" : " holds no form part yet"));
        }
        Svar svar = rot.svar("svar");
        List<Vedleggsreferanse> vedlegg = vedlegg(rot.pakrevd("vedlegg"), "/vedlegg");
        Soknadsreferanse referanse = rot.valgfriTekst("soknadsreferanse", Soknadsreferanse::new).orElse(null);
        return new Prosesstilstand(forskrivning, steg, skjemadel, svar, vedlegg, referanse);
    }

    private static JsonNode tre(String tekst) {
        try {
            return endelig(JSON.readTree(tekst), "");
        } catch (JsonProcessingException e) {
            // The parser's own message quotes the document, which holds patient data: say where only.
            JsonLocation l = e.getLocation();
            String hvor = l == null ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
            String hva = e instanceof JsonParseException && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "a key is written twice" : "the text is not valid JSON";
            throw new ProsesstilstandException("", Kode.UGYLDIG_JSON, hva + hvor);
        }
    }

    /**
     * Numbers are read as doubles, as the SDK reads them from the service; one beyond a double's range (1e999)
     * would become an infinity, which no JSON can hold and the schema validator refuses with its own error.
     */
    private static JsonNode endelig(JsonNode node, String sti) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            throw new ProsesstilstandException(sti, Kode.UGYLDIG_VERDI, "a number beyond the range of a double");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                endelig(node.get(i), sti + "/" + i);
            }
        }
        node.properties().forEach(e -> endelig(e.getValue(), JsonStier.barn(sti, e.getKey())));
        return node;
    }

    private static Forskrivning forskrivning(Objekt f) {
        f.kunNokler(Set.of("pasient", "hjemmel", "produkt", "diagnose"));
        Objekt p = f.objekt("produkt");
        p.kunNokler(Set.of("produkttype", "atcKode", "varenummer", "navn"));
        Produkt produkt = p.sjekket("", () -> new Produkt(p.verdi("produkttype", Produkt.Produkttype::valueOf),
                p.valgfriTekst("atcKode", a -> a), p.valgfriTekst("varenummer", v -> v), p.valgfriTekst("navn", n -> n)));
        Diagnose diagnose = f.valgfrittObjekt("diagnose").map(d -> {
            d.kunNokler(Set.of("kodeverk", "kode", "tekst"));
            return d.sjekket("", () -> new Diagnose(d.verdi("kodeverk", Diagnose.Kodeverk::valueOf),
                    d.verdi("kode", k -> k), d.valgfriTekst("tekst", t -> t)));
        }).orElse(null);
        return Forskrivning.builder().pasient(f.<Fodselsnummer>verdi("pasient", Fodselsnummer::of))
                .hjemmel(f.verdi("hjemmel", Hjemmel::valueOf)).produkt(produkt).diagnose(diagnose).build();
    }

    private static Skjemadel skjemadel(Objekt d) {
        d.kunNokler(Set.of("soknadId", "skjemaversjon", "skjema", "forhandsutfylt"));
        Objekt skjema = d.objekt("skjema");
        // Checked through the shared model, which the resumed part uses too: the form is built once, not twice.
        skjema.sjekket("", () -> DelteSkjemaer.delt(skjema.node).modell());
        return new Skjemadel(d.verdi("soknadId", SoknadId::new), d.verdi("skjemaversjon", Skjemaversjon::new),
                skjema.node, d.svar("forhandsutfylt"));
    }

    private static List<Vedleggsreferanse> vedlegg(JsonNode liste, String sti) {
        if (!liste.isArray()) {
            throw new ProsesstilstandException(sti, Kode.UGYLDIG_VERDI, "must be a JSON array");
        }
        List<Vedleggsreferanse> vedlegg = new ArrayList<>();
        for (int i = 0; i < liste.size(); i++) {
            Objekt v = new Objekt(liste.get(i), sti + "/" + i);
            v.kunNokler(Set.of("felt", "kilde", "sha256"));
            vedlegg.add(v.sjekket("", () -> new Vedleggsreferanse(v.verdi("felt", f -> f),
                    v.verdi("kilde", ProsesstilstandJson::uri), v.verdi("sha256", s -> s))));
        }
        return vedlegg;
    }

    private static URI uri(String tekst) {
        try {
            return new URI(tekst);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI");
        }
    }

    /** One JSON object of the document and its pointer, reading values the way the format allows. */
    private static final class Objekt {
        final ObjectNode node;
        final String sti;

        Objekt(JsonNode node, String sti) {
            if (!node.isObject()) {
                throw new ProsesstilstandException(sti, Kode.UGYLDIG_VERDI, "must be a JSON object");
            }
            this.node = (ObjectNode) node;
            this.sti = sti;
        }

        void kunNokler(Set<String> kjente) {
            for (Iterator<String> navn = node.fieldNames(); navn.hasNext(); ) {
                String n = navn.next();
                if (!kjente.contains(n)) {
                    // A key is named so it can be found; keys hold no saved value (a fødselsnummer-shaped run is masked anyway).
                    throw new ProsesstilstandException(JsonStier.barn(sti, n),
                            Kode.UKJENT_FELT, "formatversjon " + Prosesstilstand.FORMATVERSJON + " has no such key");
                }
            }
        }

        JsonNode pakrevd(String navn) {
            JsonNode verdi = node.get(navn);
            if (verdi == null || verdi.isNull()) {
                throw new ProsesstilstandException(sti + "/" + navn, Kode.MANGLER, "the value is required");
            }
            return verdi;
        }

        Objekt objekt(String navn) {
            return new Objekt(pakrevd(navn), sti + "/" + navn);
        }

        Optional<Objekt> valgfrittObjekt(String navn) {
            return node.hasNonNull(navn) ? Optional.of(objekt(navn)) : Optional.empty();
        }

        /** A text turned into a value by {@code tolk}; a refusal by the value's own checks names this key. */
        <T> T verdi(String navn, Function<String, T> tolk) {
            JsonNode verdi = pakrevd(navn);
            if (!verdi.isTextual()) {
                throw new ProsesstilstandException(sti + "/" + navn, Kode.UGYLDIG_VERDI, "must be a JSON string");
            }
            return sjekket(navn, () -> tolk.apply(verdi.textValue()));
        }

        <T> Optional<T> valgfriTekst(String navn, Function<String, T> tolk) {
            return node.hasNonNull(navn) ? Optional.of(verdi(navn, tolk)) : Optional.empty();
        }

        Svar svar(String navn) {
            JsonNode verdi = pakrevd(navn);
            return sjekket(navn, () -> Svar.of(new Objekt(verdi, sti + "/" + navn).node));
        }

        /** Runs a value type's own checks; their refusal (which never holds the value) names where it was. */
        <T> T sjekket(String navn, Supplier<T> lag) {
            String her = navn.isEmpty() ? sti : sti + "/" + navn;
            try {
                return lag.get();
            } catch (InvalidInputException e) {
                // A value type names its field with a dotted path (produkt.atcKode): its last part is our key.
                String felt = e.field().substring(e.field().lastIndexOf('.') + 1);
                String sted = navn.isEmpty() && node.has(felt) ? sti + "/" + felt : her;
                throw new ProsesstilstandException(sted, Kode.UGYLDIG_VERDI, "refused by its type's check " + e.code());
            } catch (SkjemaException e) {
                throw new ProsesstilstandException(her, Kode.UGYLDIG_VERDI, "refused by the schema module (" + e.kode() + ")");
            } catch (IllegalArgumentException e) {
                throw new ProsesstilstandException(her, Kode.UGYLDIG_VERDI, "not one of the values this key takes");
            }
        }

        @Override
        public String toString() {
            return "Objekt[" + sti + "]";
        }
    }
}
