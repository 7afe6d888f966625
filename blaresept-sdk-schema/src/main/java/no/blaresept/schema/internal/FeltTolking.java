package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import no.blaresept.schema.Begrensninger;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.Kode;
import no.blaresept.schema.Kodeverk;

/**
 * Reads what a UI needs from one field declaration: type, code list, constraints. {@code deklarert} is the
 * node as written (its annotations next to a {@code $ref} win, for display), {@code mal} the schema the
 * references lead to.
 */
final class FeltTolking {
    private FeltTolking() {
    }

    static FeltType type(JsonNode mal) {
        if ("base64".equals(mal.path("contentEncoding").asText())) {
            return FeltType.VEDLEGG;
        }
        if (kodeliste(mal).isPresent() || mal.has("x-kodeverk")) {
            return FeltType.KODE;
        }
        String type = typenavn(mal);
        switch (type) {
            case "string":
                String format = mal.path("format").asText("");
                return "date".equals(format) ? FeltType.DATO
                        : "date-time".equals(format) ? FeltType.DATO_TID : FeltType.TEKST;
            case "number":
                return FeltType.TALL;
            case "integer":
                return FeltType.HELTALL;
            case "boolean":
                return FeltType.BOOLSK;
            case "object":
                return FeltType.GRUPPE;
            case "array":
                return FeltType.LISTE;
            default:
                return mal.has("properties") ? FeltType.GRUPPE
                        : mal.has("items") ? FeltType.LISTE : FeltType.UKJENT;
        }
    }

    /** The {@code type} keyword; for a list of types the first that is not {@code null}. */
    static String typenavn(JsonNode mal) {
        JsonNode type = mal.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return "null";
        }
        return type.asText("");
    }

    /** The listed codes: {@code enum}, or {@code oneOf}/{@code anyOf} whose branches are all {@code const}. */
    static Optional<List<Kode>> kodeliste(JsonNode mal) {
        if (mal.path("enum").isArray()) {
            List<Kode> koder = new ArrayList<>();
            mal.get("enum").forEach(v -> koder.add(new Kode(v, Optional.empty())));
            return Optional.of(koder);
        }
        for (String nokkel : List.of("oneOf", "anyOf")) {
            JsonNode grener = mal.path(nokkel);
            if (grener.isArray() && grener.size() > 0 && alleHarConst(grener)) {
                List<Kode> koder = new ArrayList<>();
                grener.forEach(g -> koder.add(new Kode(g.get("const"), tekst(g, "title"))));
                return Optional.of(koder);
            }
        }
        return Optional.empty();
    }

    private static boolean alleHarConst(JsonNode grener) {
        for (JsonNode g : grener) {
            if (!g.isObject() || !g.has("const")) {
                return false;
            }
        }
        return true;
    }

    /** The code list with its named system ({@code x-kodeverk} as string or {@code {navn, oid}}). */
    static Optional<Kodeverk> kodeverk(JsonNode deklarert, JsonNode mal) {
        JsonNode system = deklarert.has("x-kodeverk") ? deklarert.get("x-kodeverk") : mal.path("x-kodeverk");
        Optional<List<Kode>> koder = kodeliste(mal);
        if (koder.isEmpty() && system.isMissingNode()) {
            return Optional.empty();
        }
        Optional<String> navn = system.isTextual() ? Optional.of(system.textValue()) : tekst(system, "navn");
        return Optional.of(new Kodeverk(navn, tekst(system, "oid"), koder.orElse(List.of())));
    }

    static Begrensninger begrensninger(JsonNode mal) {
        return new Begrensninger(tall(mal, "minimum"), tall(mal, "maximum"), tall(mal, "exclusiveMinimum"),
                tall(mal, "exclusiveMaximum"), heltall(mal, "minLength"), heltall(mal, "maxLength"),
                tekst(mal, "pattern"), heltall(mal, "minItems"), heltall(mal, "maxItems"));
    }

    /** The annotation from the declaration, else from the referenced schema. */
    static Optional<String> tekst(JsonNode deklarert, JsonNode mal, String nokkel) {
        Optional<String> egen = tekst(deklarert, nokkel);
        return egen.isPresent() ? egen : tekst(mal, nokkel);
    }

    static Optional<String> tekst(JsonNode node, String nokkel) {
        JsonNode verdi = node.path(nokkel);
        return verdi.isTextual() ? Optional.of(verdi.textValue()) : Optional.empty();
    }

    private static Optional<BigDecimal> tall(JsonNode node, String nokkel) {
        JsonNode verdi = node.path(nokkel);
        return verdi.isNumber() ? Optional.of(verdi.decimalValue()) : Optional.empty();
    }

    private static OptionalInt heltall(JsonNode node, String nokkel) {
        JsonNode verdi = node.path(nokkel);
        return verdi.canConvertToInt() && verdi.isIntegralNumber() ? OptionalInt.of(verdi.intValue()) : OptionalInt.empty();
    }
}
