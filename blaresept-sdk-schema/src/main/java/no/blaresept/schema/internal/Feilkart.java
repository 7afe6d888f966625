package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.blaresept.schema.Feilkode;
import no.blaresept.schema.Valideringsfeil;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;

/**
 * Maps everit's violation tree to field errors: one error per violated leaf keyword, at the path of the
 * offending value; a missing required property is reported at the property's own path.
 */
final class Feilkart {
    private static final Map<String, Feilkode> KODER = Map.ofEntries(
            Map.entry("type", Feilkode.TYPE),
            Map.entry("minimum", Feilkode.FOR_LAV),
            Map.entry("exclusiveMinimum", Feilkode.FOR_LAV),
            Map.entry("maximum", Feilkode.FOR_HOY),
            Map.entry("exclusiveMaximum", Feilkode.FOR_HOY),
            Map.entry("multipleOf", Feilkode.IKKE_MULTIPPEL),
            Map.entry("minLength", Feilkode.FOR_KORT),
            Map.entry("maxLength", Feilkode.FOR_LANG),
            Map.entry("pattern", Feilkode.MONSTER),
            Map.entry("format", Feilkode.FORMAT),
            Map.entry("enum", Feilkode.UGYLDIG_KODE),
            Map.entry("const", Feilkode.UGYLDIG_KODE),
            Map.entry("minItems", Feilkode.FOR_FAA),
            Map.entry("maxItems", Feilkode.FOR_MANGE),
            Map.entry("uniqueItems", Feilkode.DUPLIKAT),
            Map.entry("additionalProperties", Feilkode.UKJENT_FELT),
            Map.entry("additionalItems", Feilkode.FOR_MANGE),
            Map.entry("items", Feilkode.FOR_MANGE), // everit names additionalItems: false so
            Map.entry("propertyNames", Feilkode.UKJENT_FELT),
            Map.entry("minProperties", Feilkode.FOR_FAA),
            Map.entry("maxProperties", Feilkode.FOR_MANGE));
    /** Combinators whose branches fail together: one error for the whole choice is what a user can act on. */
    private static final Set<String> ALTERNATIVER = Set.of("oneOf", "anyOf", "not");

    private Feilkart() {
    }

    static void samle(ValidationException e, JsonNode instans, String prefiks, List<Valideringsfeil> ut) {
        String nokkelord = e.getKeyword();
        String sti = prefiks + peker(e.getPointerToViolation());
        if ("not".equals(nokkelord) && e.getViolatedSchema().getUnprocessedProperties().containsKey(EveritSkjema.MERKE)) {
            ut.add(Valideringsfeil.of(sti, Feilkode.DUPLIKAT)); // uniqueItems, as EveritSkjema hands it to everit
            return;
        }
        if (nokkelord != null && ALTERNATIVER.contains(nokkelord)) {
            Feilkode kode = erKodeliste(e.getViolatedSchema()) ? Feilkode.UGYLDIG_KODE : Feilkode.ALTERNATIV;
            ut.add(Valideringsfeil.of(sti, kode));
            return;
        }
        if (!e.getCausingExceptions().isEmpty()) {
            for (ValidationException arsak : e.getCausingExceptions()) {
                samle(arsak, instans, prefiks, ut);
            }
            return;
        }
        if ("required".equals(nokkelord) || "dependencies".equals(nokkelord)) {
            manglende(e, instans, sti, ut);
            return;
        }
        ut.add(Valideringsfeil.of(sti, nokkelord == null ? Feilkode.ANNET : KODER.getOrDefault(nokkelord, Feilkode.ANNET)));
    }

    /** Whether the violation tree, branches included, reports {@code navn} missing from the object at {@code objekt}. */
    static boolean nevnerManglende(ValidationException e, JsonNode instans, String objekt, String navn) {
        String nokkelord = e.getKeyword();
        if (("required".equals(nokkelord) || "dependencies".equals(nokkelord))
                && objekt.equals(peker(e.getPointerToViolation()))
                && manglendeNavn(e, instans.at(objekt)).contains(navn)) {
            return true;
        }
        for (ValidationException arsak : e.getCausingExceptions()) {
            if (nevnerManglende(arsak, instans, objekt, navn)) {
                return true;
            }
        }
        return false;
    }

    /** The names a required or property-dependency violation misses in {@code objekt}. */
    private static List<String> manglendeNavn(ValidationException e, JsonNode objekt) {
        List<String> mangler = new java.util.ArrayList<>();
        if (!(e.getViolatedSchema() instanceof ObjectSchema skjema) || !objekt.isObject()) {
            return mangler;
        }
        for (String navn : skjema.getRequiredProperties()) {
            if (!objekt.has(navn)) {
                mangler.add(navn);
            }
        }
        for (Map.Entry<String, Set<String>> avhengighet : skjema.getPropertyDependencies().entrySet()) {
            if (objekt.has(avhengighet.getKey())) {
                avhengighet.getValue().stream().filter(navn -> !objekt.has(navn)).forEach(mangler::add);
            }
        }
        return mangler;
    }

    /** everit names the object, not the missing key; the key is recomputed from schema and instance. */
    private static void manglende(ValidationException e, JsonNode instans, String sti, List<Valideringsfeil> ut) {
        JsonNode objekt = instans.at(peker(e.getPointerToViolation()));
        List<String> mangler = manglendeNavn(e, objekt);
        if (mangler.isEmpty()) {
            ut.add(Valideringsfeil.of(sti, Feilkode.PAKREVD));
        }
        for (String navn : mangler) {
            Valideringsfeil feil = Valideringsfeil.of(JsonStier.barn(sti, navn), Feilkode.PAKREVD);
            if (!ut.contains(feil)) {
                ut.add(feil);
            }
        }
    }

    /** A {@code oneOf}/{@code anyOf} of {@code const}s is a code list: a wrong value is a wrong choice, not a branch mismatch. */
    private static boolean erKodeliste(Schema skjema) {
        return skjema instanceof CombinedSchema kombinert && !kombinert.getSubschemas().isEmpty()
                && kombinert.getSubschemas().stream().allMatch(ConstSchema.class::isInstance);
    }

    /** everit writes {@code #/a/b}; the SDK uses plain JSON Pointers. */
    private static String peker(String everit) {
        return everit.startsWith("#") ? everit.substring(1) : everit;
    }
}
