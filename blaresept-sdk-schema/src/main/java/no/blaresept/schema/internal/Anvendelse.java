package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sub-model applied below a cut field: the part that models the value, the value itself, and whether the
 * cut declaration applies there (when not, everything below is hidden).
 */
record Anvendelse(Modelldel del, JsonNode rot, boolean aktiv) {
}
