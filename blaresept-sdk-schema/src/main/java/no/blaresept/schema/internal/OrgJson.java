package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Jackson → org.json, the tree model everit validates. Recursive: callers pass only trees whose depth is
 * already bounded by {@link JsonGrenser}.
 *
 * <p>An integral number written with a fraction ({@code 1.0}) becomes an integer, in schemas and answers
 * alike: draft-07 compares numbers by value, so {@code 1.0} is an integer, {@code 2.0} is a valid
 * {@code maxLength}, and {@code [1.0]} equals {@code [1]} in {@code enum}/{@code const}; everit alone
 * tells them apart by their Java type.
 */
final class OrgJson {
    private static final BigDecimal MAKS_HELTALL = BigDecimal.valueOf(Long.MAX_VALUE);
    private OrgJson() {
    }

    static Object til(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                JSONObject objekt = new JSONObject();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    objekt.put(e.getKey(), til(e.getValue()));
                }
                return objekt;
            case ARRAY:
                JSONArray liste = new JSONArray();
                for (JsonNode element : node) {
                    liste.put(til(element));
                }
                return liste;
            case STRING:
                return node.textValue();
            case BOOLEAN:
                return node.booleanValue();
            case NUMBER:
                return tall(node);
            case NULL:
            case MISSING:
                return JSONObject.NULL;
            default:
                // BINARY and POJO nodes never come from parsed JSON; validate them as their text.
                return node.asText();
        }
    }

    private static Number tall(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.isBigInteger() && node.canConvertToLong() ? node.longValue() : node.numberValue();
        }
        if (!Double.isFinite(node.doubleValue()) && !node.isBigDecimal()) {
            return node.numberValue();
        }
        BigDecimal hel = node.decimalValue().stripTrailingZeros();
        // Bounded by long: a hostile 1e999999 stays a decimal instead of becoming a million-digit integer.
        if (hel.signum() == 0 || hel.scale() <= 0 && hel.abs().compareTo(MAKS_HELTALL) <= 0) {
            long heltall = hel.longValue();
            // everit reads keyword values such as maxLength only as Integer (no ?: here: it would widen to Long).
            if (heltall == (int) heltall) {
                return Integer.valueOf((int) heltall);
            }
            return Long.valueOf(heltall);
        }
        return node.numberValue();
    }
}
