package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.blaresept.schema.Endring;
import no.blaresept.schema.Endringsklasse;
import no.blaresept.schema.Endringstype;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SchemaLimits;
import org.jspecify.annotations.Nullable;

/**
 * Compares two schema trees keyword by keyword, in every branch, and classifies each difference by
 * Helsedirektoratet's rules. Both trees pass {@link SkjemaSjekk} first, so the recursion is bounded.
 *
 * <p>Thread-safe: each comparison works on its own private instance.
 */
public final class Skjemadiff {
    /** Draft-07 validation assertions: adding, changing or removing one is minor. */
    private static final Set<String> VALIDERING = Set.of("multipleOf", "maximum", "exclusiveMaximum", "minimum",
            "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems",
            "maxProperties", "minProperties", "required", "enum", "const", "format");
    private static final Set<String> TEKST = Set.of("title", "description", "default", "examples", "$comment");
    /** Keywords holding subschemas that are compared recursively. */
    private static final Set<String> UNDERSKJEMA = Set.of("additionalProperties", "additionalItems", "contains",
            "propertyNames");
    private static final Set<String> BETINGELSER = Set.of("if", "then", "else", "not");
    private static final Set<String> GRENER = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> VERSJON = Set.of("$schema", "$id", "version");
    private static final Pattern SEMVER = Pattern.compile("^v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    private final List<Endring> endringer = new ArrayList<>();
    private final Set<String> gamleKodeverk;
    private final RefOppslag nyeRefs;

    private Skjemadiff(JsonNode gammel, JsonNode ny) {
        this.gamleKodeverk = Kodeverksnokler.alle(gammel);
        this.nyeRefs = new RefOppslag(ny);
    }

    /** The changes and both versions. */
    public record Resultat(List<Endring> endringer, Optional<String> gammelVersjon, Optional<String> nyVersjon) {
    }

    /** Checks both schemas against {@code grenser}, then compares them. */
    public static Resultat sammenlign(JsonNode gammel, JsonNode ny, SchemaLimits grenser) {
        SkjemaSjekk.sjekk(gammel, grenser);
        SkjemaSjekk.sjekk(ny, grenser);
        Skjemadiff diff = new Skjemadiff(gammel, ny);
        diff.skjema(gammel, ny, "", false);
        return new Resultat(diff.endringer, Versjon.av(gammel), Versjon.av(ny));
    }

    private void skjema(JsonNode a, JsonNode b, String sti, boolean iBetingelse) {
        if (!a.isObject() || !b.isObject()) {
            if (!a.equals(b)) {
                legg(sti, Endringstype.LISTE_ENDRET, "boolsk skjema endret", Endringsklasse.MAJOR);
            }
            return;
        }
        Set<String> nokler = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(nokler::add);
        b.fieldNames().forEachRemaining(nokler::add);
        for (String nokkel : nokler) {
            JsonNode va = a.get(nokkel);
            JsonNode vb = b.get(nokkel);
            if (va != null && va.equals(vb)) {
                continue;
            }
            nokkelord(nokkel, va, vb, JsonStier.barn(sti, nokkel), iBetingelse);
        }
    }

    private void nokkelord(String nokkel, JsonNode va, JsonNode vb, String sti, boolean iBetingelse) {
        if (VERSJON.contains(nokkel)) {
            return; // versions are reported on their own
        } else if ("type".equals(nokkel)) {
            legg(sti, Endringstype.TYPE_ENDRET, tekst(va) + " → " + tekst(vb), Endringsklasse.MAJOR);
        } else if (VALIDERING.contains(nokkel) || GRENER.contains(nokkel) && erKodeliste(va) && erKodeliste(vb)) {
            validering(nokkel, va, vb, sti);
        } else if (TEKST.contains(nokkel)) {
            legg(sti, Endringstype.TEKST_ENDRET, nokkel, Endringsklasse.MINOR);
        } else if ("readOnly".equals(nokkel) || "writeOnly".equals(nokkel)) {
            legg(sti, Endringstype.SKRIVEBESKYTTELSE_ENDRET, nokkel + ": " + tekst(va) + " → " + tekst(vb),
                    Endringsklasse.MAJOR);
        } else if ("contentEncoding".equals(nokkel) || "contentMediaType".equals(nokkel)) {
            legg(sti, Endringstype.VEDLEGG_ENDRET, nokkel, Endringsklasse.MAJOR);
        } else if ("x-kodeverk".equals(nokkel)) {
            legg(sti, Endringstype.KODEVERK_ENDRET, tekst(va) + " → " + tekst(vb), Endringsklasse.MAJOR);
        } else if ("$ref".equals(nokkel)) {
            legg(sti, Endringstype.HENVISNING_ENDRET, tekst(va) + " → " + tekst(vb), Endringsklasse.MAJOR);
        } else if ("properties".equals(nokkel) || "patternProperties".equals(nokkel)) {
            egenskaper(tom(va), tom(vb), sti, iBetingelse);
        } else if ("definitions".equals(nokkel)) {
            definisjoner(tom(va), tom(vb), sti);
        } else if ("dependencies".equals(nokkel)) {
            avhengigheter(tom(va), tom(vb), sti);
        } else if (BETINGELSER.contains(nokkel)) {
            delskjema(va, vb, sti, Endringstype.BETINGELSE_LAGT_TIL, Endringstype.BETINGELSE_FJERNET,
                    iBetingelse || "if".equals(nokkel) || "not".equals(nokkel));
        } else if (GRENER.contains(nokkel)) {
            grener(va, vb, sti, iBetingelse);
        } else if ("items".equals(nokkel)) {
            delskjema(va, vb, sti, Endringstype.LISTE_ENDRET, Endringstype.LISTE_ENDRET, iBetingelse);
        } else if (UNDERSKJEMA.contains(nokkel)) {
            if (va != null && vb != null && va.isObject() && vb.isObject()) {
                skjema(va, vb, sti, iBetingelse);
            } else {
                validering(nokkel, va, vb, sti);
            }
        } else {
            legg(sti, Endringstype.UKJENT_NOKKELORD_ENDRET, nokkel, Endringsklasse.MAJOR);
        }
    }

    private void validering(String nokkel, JsonNode va, JsonNode vb, String sti) {
        if (va == null) {
            legg(sti, Endringstype.VALIDERING_LAGT_TIL, nokkel + ": " + tekst(vb), Endringsklasse.MINOR);
        } else if (vb == null) {
            legg(sti, Endringstype.VALIDERING_FJERNET, nokkel + ": " + tekst(va), Endringsklasse.MINOR);
        } else {
            legg(sti, Endringstype.VALIDERING_ENDRET, nokkel + ": " + tekst(va) + " → " + tekst(vb), Endringsklasse.MINOR);
        }
    }

    /** Properties: new and removed fields, and changes inside fields both versions have. */
    private void egenskaper(JsonNode a, JsonNode b, String sti, boolean iBetingelse) {
        b.properties().forEach(e -> {
            String her = JsonStier.barn(sti, e.getKey());
            if (!a.has(e.getKey())) {
                if (iBetingelse) {
                    // Inside an `if`/`not` a property is a condition, not a field.
                    legg(her, Endringstype.VALIDERING_LAGT_TIL, "betingelse på " + e.getKey(), Endringsklasse.MINOR);
                } else {
                    nyttFelt(e.getValue(), her);
                }
            } else {
                skjema(a.get(e.getKey()), e.getValue(), her, iBetingelse);
            }
        });
        a.fieldNames().forEachRemaining(navn -> {
            if (!b.has(navn)) {
                legg(JsonStier.barn(sti, navn), iBetingelse ? Endringstype.VALIDERING_FJERNET : Endringstype.FELT_FJERNET,
                        iBetingelse ? "betingelse på " + navn : "", Endringsklasse.MINOR);
            }
        });
    }

    /** The rules for new fields: simple manual fields and fields on a known code list are minor. */
    private void nyttFelt(JsonNode deklarert, String sti) {
        JsonNode mal = nyeRefs.los(deklarert, sti).skjema();
        FeltType type = FeltTolking.type(mal);
        if (deklarert.path("readOnly").asBoolean(false) || mal.path("readOnly").asBoolean(false)) {
            legg(sti, Endringstype.FELT_LAGT_TIL, "forhåndsutfylt felt (krever oppslag)", Endringsklasse.MAJOR);
        } else if (type == FeltType.KODE) {
            boolean kjent = Kodeverksnokler.nokkel(deklarert, mal).filter(gamleKodeverk::contains).isPresent();
            legg(sti, Endringstype.FELT_LAGT_TIL, kjent ? "kodeverksfelt med kjent kodeverk" : "nytt kodeverk",
                    kjent ? Endringsklasse.MINOR : Endringsklasse.MAJOR);
        } else if (type == FeltType.GRUPPE || type == FeltType.LISTE || type == FeltType.VEDLEGG
                || type == FeltType.UKJENT) {
            legg(sti, Endringstype.FELT_LAGT_TIL, type.name().toLowerCase(java.util.Locale.ROOT), Endringsklasse.MAJOR);
        } else {
            legg(sti, Endringstype.FELT_LAGT_TIL, "enkelt felt (" + type.name().toLowerCase(java.util.Locale.ROOT) + ")",
                    Endringsklasse.MINOR);
        }
    }

    private void definisjoner(JsonNode a, JsonNode b, String sti) {
        b.properties().forEach(e -> {
            String her = JsonStier.barn(sti, e.getKey());
            if (a.has(e.getKey())) {
                skjema(a.get(e.getKey()), e.getValue(), her, false);
            } else {
                legg(her, Endringstype.DEFINISJON_ENDRET, "lagt til", Endringsklasse.MINOR);
            }
        });
        a.fieldNames().forEachRemaining(navn -> {
            if (!b.has(navn)) {
                legg(JsonStier.barn(sti, navn), Endringstype.DEFINISJON_ENDRET, "fjernet", Endringsklasse.MINOR);
            }
        });
    }

    /** Property dependencies are validation (minor); schema dependencies are conditional sections. */
    private void avhengigheter(JsonNode a, JsonNode b, String sti) {
        Set<String> navn = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(navn::add);
        b.fieldNames().forEachRemaining(navn::add);
        for (String n : navn) {
            JsonNode va = a.get(n);
            JsonNode vb = b.get(n);
            String her = JsonStier.barn(sti, n);
            if (va != null && va.equals(vb)) {
                continue;
            }
            boolean listeA = va == null || va.isArray();
            boolean listeB = vb == null || vb.isArray();
            if (listeA && listeB) {
                validering("dependencies", va, vb, her);
            } else {
                delskjema(va == null || va.isArray() ? null : va, vb == null || vb.isArray() ? null : vb, her,
                        Endringstype.BETINGELSE_LAGT_TIL, Endringstype.BETINGELSE_FJERNET, false);
            }
        }
    }

    private void delskjema(@Nullable JsonNode va, @Nullable JsonNode vb, String sti, Endringstype lagtTil, Endringstype fjernet,
            boolean iBetingelse) {
        if (va == null) {
            legg(sti, lagtTil, "", Endringsklasse.MAJOR);
        } else if (vb == null) {
            legg(sti, fjernet, "", Endringsklasse.MAJOR);
        } else if (va.isObject() && vb.isObject()) {
            skjema(va, vb, sti, iBetingelse);
        } else {
            legg(sti, lagtTil, "endret form", Endringsklasse.MAJOR);
        }
    }

    /** Branches are matched by position; extra or missing branches are structural changes. */
    private void grener(JsonNode va, JsonNode vb, String sti, boolean iBetingelse) {
        JsonNode a = va == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : va;
        JsonNode b = vb == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : vb;
        int felles = Math.min(a.size(), b.size());
        for (int i = 0; i < felles; i++) {
            skjema(a.get(i), b.get(i), sti + "/" + i, iBetingelse);
        }
        for (int i = felles; i < b.size(); i++) {
            legg(sti + "/" + i, Endringstype.BETINGELSE_LAGT_TIL, "", Endringsklasse.MAJOR);
        }
        for (int i = felles; i < a.size(); i++) {
            legg(sti + "/" + i, Endringstype.BETINGELSE_FJERNET, "", Endringsklasse.MAJOR);
        }
    }

    private static boolean erKodeliste(JsonNode grener) {
        if (grener == null || !grener.isArray() || grener.isEmpty()) {
            return false;
        }
        for (JsonNode g : grener) {
            if (!g.isObject() || !g.has("const")) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode tom(JsonNode node) {
        return node == null || !node.isObject() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : node;
    }

    private static String tekst(JsonNode node) {
        if (node == null) {
            return "(ingen)";
        }
        String t = node.isTextual() ? node.textValue() : node.toString();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    private void legg(String sti, Endringstype type, String detalj, Endringsklasse klasse) {
        endringer.add(new Endring(sti, type, detalj, klasse));
    }

    /** See {@code SkjemaEndring#versjonsavvik()}. */
    public static Optional<String> versjonsavvik(Endringsklasse klasse, Optional<String> gammel, Optional<String> ny) {
        if (gammel.isEmpty() || ny.isEmpty()) {
            return Optional.empty();
        }
        Matcher a = SEMVER.matcher(gammel.get());
        Matcher b = SEMVER.matcher(ny.get());
        if (!a.find() || !b.find()) {
            return Optional.empty();
        }
        long aMajor = Long.parseLong(a.group(1));
        long bMajor = Long.parseLong(b.group(1));
        long aMinor = Long.parseLong(a.group(2));
        long bMinor = Long.parseLong(b.group(2));
        String fra = " (" + gammel.get() + " → " + ny.get() + ")";
        if (klasse == Endringsklasse.MAJOR && bMajor <= aMajor) {
            return Optional.of("Endringene er MAJOR, men hovedversjonen er ikke økt" + fra);
        }
        if (klasse == Endringsklasse.MINOR && bMajor == aMajor && bMinor <= aMinor) {
            return Optional.of("Endringene er MINOR, men versjonen er ikke økt" + fra);
        }
        return Optional.empty();
    }
}
