package no.blaresept.schema.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * Follows local {@code $ref}s ({@code #}, {@code #/definitions/…}, any JSON Pointer into the same document,
 * optionally prefixed with the root's {@code $id}). A chain of references that never reaches a schema is a
 * {@link SkjemaFeilkode#REF_SYKLUS}; remote references are refused: the SDK never fetches schemas.
 */
final class RefOppslag {
    private final JsonNode rot;
    private final String id;

    RefOppslag(JsonNode rot) {
        this.rot = rot;
        this.id = rot.path("$id").asText("");
    }

    /** A schema reached through references: the schema, its location, and the locations passed on the way. */
    record Oppslag(JsonNode skjema, String sti, Set<String> passert) {
    }

    Oppslag los(JsonNode node, String sti) {
        Set<String> passert = new LinkedHashSet<>();
        JsonNode her = node;
        String hvor = sti;
        while (her.isObject() && her.has("$ref")) {
            String peker = lokalPeker(her.get("$ref").asText(""), hvor);
            if (!passert.add(peker)) {
                throw new SkjemaException(SkjemaFeilkode.REF_SYKLUS, hvor, "henvisningene går i ring");
            }
            JsonNode mal = rot.at(JsonPointer.compile(peker));
            if (mal.isMissingNode()) {
                throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, JsonStier.barn(hvor, "$ref"), "");
            }
            her = mal;
            hvor = peker;
        }
        return new Oppslag(her, hvor, passert);
    }

    private String lokalPeker(String ref, String sti) {
        String fragment;
        if (ref.startsWith("#")) {
            fragment = ref.substring(1);
        } else if (!id.isEmpty() && ref.startsWith(id + "#")) {
            fragment = ref.substring(id.length() + 1);
        } else if (!id.isEmpty() && ref.equals(id)) {
            fragment = "";
        } else {
            throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, JsonStier.barn(sti, "$ref"),
                    "bare henvisninger innenfor skjemaet støttes");
        }
        String peker = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        if (!peker.isEmpty() && !peker.startsWith("/")) {
            throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, JsonStier.barn(sti, "$ref"),
                    "bare JSON Pointer-henvisninger støttes");
        }
        try {
            JsonPointer.compile(peker);
        } catch (IllegalArgumentException e) {
            throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, JsonStier.barn(sti, "$ref"), "ugyldig peker");
        }
        return peker;
    }
}
