package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;

/**
 * Checks skjemadata against the complete schema as the real service would, and reports each
 * violation with its JSON Pointer and a Norwegian text. The texts name the rule, never the value,
 * because values are patient data. Immutable and thread-safe (everit schemas are).
 */
final class Skjemavalidator {

    private static final Pattern REQUIRED_KEY = Pattern.compile("required key \\[(.+?)\\] not found");

    private final Schema schema;

    Skjemavalidator(JsonNode skjema) {
        this.schema = SchemaLoader.builder()
                .schemaJson(new JSONObject(skjema.toString()))
                .draftV7Support()
                .build().load().build();
    }

    /** Every violation of the schema, empty when the data is valid. */
    List<Problem.Feil> valider(JsonNode skjemadata) {
        try {
            schema.validate(new JSONObject(skjemadata.toString()));
            return List.of();
        } catch (ValidationException e) {
            List<Problem.Feil> feil = new ArrayList<>();
            samle(e, feil);
            return List.copyOf(feil);
        }
    }

    private static void samle(ValidationException e, List<Problem.Feil> feil) {
        if (!e.getCausingExceptions().isEmpty()) {
            e.getCausingExceptions().forEach(c -> samle(c, feil));
            return;
        }
        String sti = e.getPointerToViolation().substring(1);
        String keyword = e.getKeyword() == null ? "schema" : e.getKeyword();
        if ("required".equals(keyword)) {
            Matcher m = REQUIRED_KEY.matcher(e.getErrorMessage());
            feil.add(new Problem.Feil(sti + "/" + (m.find() ? m.group(1) : ""), "PAKREVD", "Feltet må fylles ut."));
        } else {
            feil.add(new Problem.Feil(sti, keyword.toUpperCase(java.util.Locale.ROOT), tekst(keyword)));
        }
    }

    private static String tekst(String keyword) {
        return switch (keyword) {
            case "type" -> "Verdien har feil type.";
            case "enum", "const" -> "Verdien er ikke blant de tillatte.";
            case "pattern", "format" -> "Verdien har feil format.";
            case "minLength" -> "Teksten er for kort.";
            case "maxLength" -> "Teksten er for lang.";
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> "Tallet er utenfor gyldig område.";
            default -> "Verdien oppfyller ikke kravene i skjemaet.";
        };
    }
}
