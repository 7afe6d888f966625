package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The independent draft-07 validator of the differential tests: networknt json-schema-validator, which passes
 * the official draft-07 test suite. Used only in tests; nothing in the SDK depends on it.
 */
final class Orakel {
    private static final JsonSchemaFactory FABRIKK = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig OPPSETT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).pathType(PathType.JSON_POINTER).build();

    private final JsonSchema skjema;

    Orakel(JsonNode skjema) {
        this.skjema = FABRIKK.getSchema(skjema, OPPSETT);
    }

    boolean gyldig(JsonNode dokument) {
        return skjema.validate(dokument).isEmpty();
    }

    /** Whether validating {@code dokument} reports property {@code navn} missing from the object at {@code forelder}. */
    boolean mangler(JsonNode dokument, String forelder, String navn) {
        for (ValidationMessage m : skjema.validate(dokument)) {
            if (forelder.equals(m.getInstanceLocation().toString()) && (manglerPakrevd(m, navn) || manglerAvhengig(m, navn))) {
                return true;
            }
        }
        return false;
    }

    private static boolean manglerPakrevd(ValidationMessage m, String navn) {
        return "required".equals(m.getType()) && navn.equals(m.getProperty());
    }

    /**
     * networknt names the dependency's key and gives the dependency as the text {@code {key=[a, b]}} (the
     * corpus's names hold no brackets or commas, so reading that text back is exact here).
     */
    private static boolean manglerAvhengig(ValidationMessage m, String navn) {
        if (!"dependencies".equals(m.getType()) || m.getArguments().length == 0) {
            return false;
        }
        String tekst = String.valueOf(m.getArguments()[0]);
        int start = tekst.indexOf(m.getProperty() + "=[");
        if (start < 0) {
            return false;
        }
        int fra = start + m.getProperty().length() + 2;
        return java.util.Arrays.asList(tekst.substring(fra, tekst.indexOf(']', fra)).split(", ")).contains(navn);
    }
}
