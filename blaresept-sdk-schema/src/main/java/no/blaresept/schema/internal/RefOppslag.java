package no.blaresept.schema.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * Follows local {@code $ref}s ({@code #}, {@code #/definitions/…}, any JSON Pointer into the same document,
 * and any URI an {@code $id} inside the document names: {@link SkjemaIder}). A chain of references that never reaches a schema is a
 * {@link SkjemaFeilkode#REF_SYKLUS}; remote references are refused: the SDK never fetches schemas.
 */
final class RefOppslag {
    private final JsonNode rot;
    private final SkjemaIder ider;

    RefOppslag(JsonNode rot) {
        this.rot = rot;
        this.ider = new SkjemaIder(rot);
    }

    /** A schema reached through references: the schema, its location, and the locations passed on the way. */
    record Oppslag(JsonNode skjema, String sti, Set<String> passert) {
    }

    Oppslag los(JsonNode node, String sti) {
        Set<String> passert = new LinkedHashSet<>();
        JsonNode her = node;
        String hvor = sti;
        // The draft-07 metaschema is shipped with the SDK and validated by everit; the model treats it as opaque.
        while (her.isObject() && her.has("$ref") && !LokalSkjemaklient.erMetaskjema(her.get("$ref").asText(""))) {
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

    /** One step: the JSON Pointer that {@code ref}, written at {@code sti}, names in this document. */
    String lokalPeker(String ref, String sti) {
        Optional<String> peker;
        try {
            peker = ider.peker(ref, sti);
        } catch (IllegalArgumentException e) {
            throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, JsonStier.barn(sti, "$ref"), "ugyldig henvisning");
        }
        if (peker.isEmpty()) {
            throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, JsonStier.barn(sti, "$ref"),
                    "bare henvisninger innenfor skjemaet støttes");
        }
        try {
            JsonPointer.compile(peker.get());
        } catch (IllegalArgumentException e) {
            throw new SkjemaException(SkjemaFeilkode.REF_IKKE_FUNNET, JsonStier.barn(sti, "$ref"), "ugyldig peker");
        }
        return peker.get();
    }
}
