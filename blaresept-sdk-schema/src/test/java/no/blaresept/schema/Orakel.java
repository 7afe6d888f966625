package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The independent draft-07 validator of the differential tests: networknt json-schema-validator, which passes
 * the official draft-07 test suite. Used only in tests; nothing in the SDK depends on it.
 */
final class Orakel {
    private static final JsonSchemaFactory FABRIKK = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig OPPSETT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private final JsonSchema skjema;

    Orakel(JsonNode skjema) {
        this.skjema = FABRIKK.getSchema(skjema, OPPSETT);
    }

    boolean gyldig(JsonNode dokument) {
        return skjema.validate(dokument).isEmpty();
    }
}
