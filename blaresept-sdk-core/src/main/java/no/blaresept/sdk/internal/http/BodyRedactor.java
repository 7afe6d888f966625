package no.blaresept.sdk.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import no.blaresept.sdk.internal.wire.WireJson;

/**
 * Makes a JSON body fit for a TRACE log by allow-list: only the values of named, harmless fields
 * (outcome codes, references, versions, product identifiers) are kept, and only named containers are
 * entered; every other value — fødselsnummer, form data, schemas, texts, attachments — becomes
 * {@code "***"}. A body that is not JSON is shown by its size only.
 */
final class BodyRedactor {

    private static final String MASK = "***";
    private static final Set<String> SHOWN_VALUES = Set.of("utfall", "kode", "gyldig", "status", "skjemaversjon",
            "soknadId", "soknadsreferanse", "produkttype", "atcKode", "varenummer", "hjemmel", "kodeverk", "type",
            "title", "sti", "vedtaksId", "gyldigFra", "gyldigTil", "maLeseVedtaksdokument", "dokumentreferanse",
            "correlationId", "mimetype", "sistEndret");
    private static final Set<String> ENTERED_CONTAINERS = Set.of("meldinger", "vedtak", "produkt", "feil",
            "kvittering", "avslagsgrunner", "vedlegg");

    private BodyRedactor() {
    }

    /** The body as a log may show it. */
    static String redact(byte[] body) {
        if (body.length == 0) {
            return "(empty)";
        }
        try {
            return redactNode(WireJson.MAPPER.readTree(body), true).toString();
        } catch (IOException e) {
            return "(" + body.length + " bytes, not JSON, not shown)";
        }
    }

    private static JsonNode redactNode(JsonNode node, boolean enter) {
        if (!enter) {
            return JsonNodeFactory.instance.textNode(MASK);
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = field.getValue();
                boolean keep = value.isContainerNode() ? ENTERED_CONTAINERS.contains(field.getKey())
                        : SHOWN_VALUES.contains(field.getKey());
                out.set(field.getKey(), redactNode(value, keep));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> out.add(redactNode(element, element.isContainerNode())));
            return out;
        }
        return node;
    }
}
