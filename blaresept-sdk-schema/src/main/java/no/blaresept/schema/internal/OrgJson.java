package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Jackson → org.json, the tree model everit validates. Recursive: callers pass only trees whose depth is
 * already bounded by {@link JsonGrenser}.
 */
final class OrgJson {
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
                return node.numberValue();
            case NULL:
            case MISSING:
                return JSONObject.NULL;
            default:
                // BINARY and POJO nodes never come from parsed JSON; validate them as their text.
                return node.asText();
        }
    }
}
