package no.blaresept.schema.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import java.util.Set;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;

/**
 * Follows local {@code $ref}s ({@code #}, {@code #/definitions/…}, any JSON Pointer into the same document,
 * and any URI an {@code $id} inside the document names: {@link SkjemaIder}). A chain of references that
 * never reaches a schema is a {@link SkjemaFeilkode#REF_SYKLUS}; remote references are refused: the SDK
 * never fetches schemas. Not thread-safe (the index is built on first need): one per build or diff.
 */
final class RefOppslag {
    private final JsonNode rot;
    /** Built on first need: most schemas have no nested $id, and their refs are plain pointers. */
    private @Nullable SkjemaIder ider;
    private final boolean nesteIder;

    RefOppslag(JsonNode rot) {
        this.rot = rot;
        // Jackson's own walk, without the paths the index builds: a diff of two versions pays for this once.
        this.nesteIder = rot.findValues("$id").size() > (rot.has("$id") ? 1 : 0);
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

    private SkjemaIder ider() {
        SkjemaIder i = ider;
        if (i == null) {
            i = new SkjemaIder(rot);
            ider = i;
        }
        return i;
    }

    /** The JSON Pointer of a fragment-only reference, percent-decoded as a URI fragment is. */
    private static String fragment(String ref) {
        return java.net.URI.create(ref).getFragment();
    }

    /** One step: the JSON Pointer that {@code ref}, written at {@code sti}, names in this document. */
    String lokalPeker(String ref, String sti) {
        Optional<String> peker;
        try {
            peker = !nesteIder && (ref.equals("#") || ref.startsWith("#/")) ? Optional.of(fragment(ref))
                    : ider().peker(ref, sti);
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
