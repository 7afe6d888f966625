package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;
import no.blaresept.schema.SchemaLimits;

/**
 * Checks a schema before anything recursive touches it: depth and size (without recursion), code-list
 * sizes, regular expressions, and keywords the SDK does not know (collected, not rejected: draft-07 says
 * unknown keywords are ignored, and a vendor wants to know which ones were).
 *
 * <p>Thread-safe: its only state is a concurrent memory of patterns already checked.
 */
public final class SkjemaSjekk {
    /** Draft-07 keywords plus the annotations this SDK reads ({@code x-kodeverk}, {@code version}). */
    static final Set<String> KJENTE = Set.of("$schema", "$id", "$ref", "$comment", "title", "description",
            "default", "readOnly", "writeOnly", "examples", "type", "enum", "const", "multipleOf", "maximum",
            "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "items",
            "additionalItems", "maxItems", "minItems", "uniqueItems", "contains", "maxProperties", "minProperties",
            "required", "properties", "patternProperties", "additionalProperties", "dependencies", "propertyNames",
            "if", "then", "else", "allOf", "anyOf", "oneOf", "not", "format", "contentEncoding", "contentMediaType",
            "definitions", "x-kodeverk", "version");
    /** Keywords whose value is a map from names to subschemas (the names are not keywords). */
    private static final Set<String> NAVNEKART = Set.of("properties", "patternProperties", "definitions",
            "dependencies");
    /** Keywords whose value is data, not schema. */
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples", "required",
            "x-kodeverk");

    /** Nested counted repeats beyond this compile into too large a program (RE2's own bound is 1000 per repeat). */
    private static final long MAKS_KOPIER = 10_000;
    /**
     * Patterns already found good: every version of a form, and both sides of a diff, repeat the same few, and
     * compiling them with RE2J cost the diff a third of its time. Bounded: dropped when full.
     */
    private static final Set<String> GODKJENTE = ConcurrentHashMap.newKeySet();
    private static final int MAKS_GODKJENTE = 1_000;

    private SkjemaSjekk() {
    }

    /**
     * Checks {@code rot} and returns the paths of unknown keywords.
     *
     * @throws SkjemaException when a limit is broken or a pattern is invalid
     */
    public static List<String> sjekk(JsonNode rot, SchemaLimits grenser) {
        if (!rot.isObject()) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_SKJEMA, "", "skjemaet må være et JSON-objekt");
        }
        JsonGrenser.sjekk(rot, grenser.maksDybde(), grenser.maksNoder(), SkjemaFeilkode.FOR_DYP);
        List<String> ukjente = new ArrayList<>();
        Deque<Map.Entry<String, JsonNode>> igjen = new ArrayDeque<>();
        igjen.push(Map.entry("", rot));
        while (!igjen.isEmpty()) {
            Map.Entry<String, JsonNode> neste = igjen.pop();
            sjekkSkjema(neste.getKey(), neste.getValue(), grenser, ukjente, igjen);
        }
        return List.copyOf(ukjente);
    }

    private static void sjekkSkjema(String sti, JsonNode skjema, SchemaLimits grenser, List<String> ukjente,
            Deque<Map.Entry<String, JsonNode>> igjen) {
        if (!skjema.isObject()) {
            return; // boolean schemas (true/false) need no checks
        }
        for (Map.Entry<String, JsonNode> e : skjema.properties()) {
            String nokkel = e.getKey();
            JsonNode verdi = e.getValue();
            String her = JsonStier.barn(sti, nokkel);
            if (!KJENTE.contains(nokkel)) {
                ukjente.add(her);
            } else if ("pattern".equals(nokkel)) {
                monster(verdi, her);
            } else if ("enum".equals(nokkel) || "oneOf".equals(nokkel) || "anyOf".equals(nokkel)) {
                if (verdi.size() > grenser.maksKodeverdier()) {
                    throw new SkjemaException(SkjemaFeilkode.FOR_STORT_KODEVERK, her,
                            "over " + grenser.maksKodeverdier() + " verdier");
                }
            }
            if (!KJENTE.contains(nokkel) || DATA.contains(nokkel)) {
                continue;
            }
            if (NAVNEKART.contains(nokkel) && verdi.isObject()) {
                for (Map.Entry<String, JsonNode> barn : verdi.properties()) {
                    if ("patternProperties".equals(nokkel)) {
                        kompiler(barn.getKey(), JsonStier.barn(her, barn.getKey()));
                    }
                    igjen.push(Map.entry(JsonStier.barn(her, barn.getKey()), barn.getValue()));
                }
            } else if (verdi.isArray()) {
                int i = 0;
                for (JsonNode element : verdi) {
                    igjen.push(Map.entry(her + "/" + i++, element));
                }
            } else if (verdi.isObject()) {
                igjen.push(Map.entry(her, verdi));
            }
        }
    }

    private static void monster(JsonNode verdi, String sti) {
        if (!verdi.isTextual()) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_SKJEMA, sti, "pattern må være tekst");
        }
        kompiler(verdi.textValue(), sti);
    }

    /**
     * Every pattern runs through RE2J (linear in the answer's length, so no catastrophic backtracking);
     * what it cannot express (look-around, back-references) is refused here, before any answer is seen.
     */
    private static void kompiler(String regex, String sti) {
        if (GODKJENTE.contains(regex)) {
            return;
        }
        if (Monsterstorrelse.kopier(regex) > MAKS_KOPIER) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_MONSTER, sti, "nøstede gjentakelser gir et for stort uttrykk");
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new SkjemaException(SkjemaFeilkode.UGYLDIG_MONSTER, sti,
                    "kan ikke tolkes som regulært uttrykk med lineær kjøretid");
        }
        if (GODKJENTE.size() >= MAKS_GODKJENTE) {
            GODKJENTE.clear();
        }
        GODKJENTE.add(regex);
    }
}
