package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code $id}s inside one schema document (draft-07 §8.2): which base URI applies at each location, and
 * which location each identifier names, so that {@code "$ref": "item.json"} or {@code "#foo"} resolve
 * without fetching anything. Walked with an explicit stack.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class SkjemaIder {
    /** Base URI of documents without their own absolute {@code $id}; never fetched. */
    static final URI STANDARD_ROT = URI.create("https://rot.blaresept.invalid/skjema.json");
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples");

    /** JSON Pointer of each node with an {@code $id} → its absolute base URI (fragment removed). */
    private final Map<String, URI> baser = new HashMap<>();
    /** Absolute URI (document, or document + plain-name fragment) → the JSON Pointer it names. */
    private final Map<String, String> steder = new HashMap<>();
    private final URI rot;

    SkjemaIder(JsonNode skjema) {
        this.rot = rotUri(skjema);
        baser.put("", rot);
        steder.put(rot.toString(), "");
        Deque<Map.Entry<String, JsonNode>> igjen = new ArrayDeque<>();
        igjen.push(Map.entry("", skjema));
        while (!igjen.isEmpty()) {
            Map.Entry<String, JsonNode> neste = igjen.pop();
            String sti = neste.getKey();
            JsonNode node = neste.getValue();
            if (node.isObject() && node.path("$id").isTextual() && !sti.isEmpty()) {
                registrer(sti, node.get("$id").textValue());
            }
            if (node.isObject()) {
                node.properties().forEach(e -> {
                    if (!DATA.contains(e.getKey()) && e.getValue().isContainerNode()) {
                        igjen.push(Map.entry(JsonStier.barn(sti, e.getKey()), e.getValue()));
                    }
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    igjen.push(Map.entry(sti + "/" + i, node.get(i)));
                }
            }
        }
    }

    /** The root's base URI: its absolute {@code $id}, else {@link #STANDARD_ROT}. */
    static URI rotUri(JsonNode skjema) {
        JsonNode id = skjema.path("$id");
        try {
            URI uri = id.isTextual() ? STANDARD_ROT.resolve(id.textValue()) : STANDARD_ROT;
            return utenFragment(uri);
        } catch (IllegalArgumentException e) {
            return STANDARD_ROT;
        }
    }

    private void registrer(String sti, String id) {
        URI base = base(JsonStier.forelder(sti));
        URI absolutt;
        try {
            absolutt = base.resolve(id);
        } catch (IllegalArgumentException e) {
            return; // not a URI: draft-07 gives it no meaning, so it names nothing
        }
        if (absolutt.getFragment() != null && !absolutt.getFragment().isEmpty()) {
            steder.putIfAbsent(absolutt.toString(), sti); // a plain-name anchor: "#foo"
        } else {
            URI dokument = utenFragment(absolutt);
            baser.put(sti, dokument);
            steder.putIfAbsent(dokument.toString(), sti);
        }
    }

    /** The sub-documents: each nested {@code $id} naming a document (not a plain-name anchor), with its location. */
    Map<URI, String> dokumenter() {
        Map<URI, String> ut = new HashMap<>();
        baser.forEach((sti, uri) -> {
            if (!sti.isEmpty()) {
                ut.putIfAbsent(uri, sti);
            }
        });
        return ut;
    }

    /** The base URI in effect at a location: that of the nearest enclosing {@code $id}. */
    URI base(String sti) {
        for (String s = sti; ; s = JsonStier.forelder(s)) {
            URI b = baser.get(s);
            if (b != null) {
                return b;
            }
            if (s.isEmpty()) {
                return rot;
            }
        }
    }

    /**
     * The JSON Pointer in this document that {@code ref}, written at location {@code sti}, names; empty if
     * it names nothing here (another document).
     */
    Optional<String> peker(String ref, String sti) {
        URI base = base(sti);
        URI absolutt = base.resolve(ref);
        String fragment = absolutt.getFragment();
        // An opaque base (urn:…) resolves nothing; a fragment-only reference still names its document.
        String dokument = (ref.startsWith("#") ? base : utenFragment(absolutt)).toString();
        if (fragment != null && !fragment.isEmpty() && !fragment.startsWith("/")) {
            return Optional.ofNullable(steder.get(dokument + "#" + fragment));
        }
        String start = steder.get(dokument);
        return start == null ? Optional.empty()
                : Optional.of(start + (fragment == null ? "" : fragment));
    }

    private static URI utenFragment(URI uri) {
        try {
            return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
