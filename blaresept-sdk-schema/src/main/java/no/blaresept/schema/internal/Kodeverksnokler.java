package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.blaresept.schema.Kode;

/**
 * Identifies a code list across schema versions: by the code system it names ({@code x-kodeverk}), else by
 * its set of values. Used to tell "a new field on a code list the schema already used" (minor) from "a new
 * code list" (major).
 */
final class Kodeverksnokler {
    private Kodeverksnokler() {
    }

    /** The identity of the code list declared by {@code deklarert}/{@code mal}, if it declares one. */
    static Optional<String> nokkel(JsonNode deklarert, JsonNode mal) {
        JsonNode system = deklarert.has("x-kodeverk") ? deklarert.get("x-kodeverk") : mal.path("x-kodeverk");
        if (system.isTextual()) {
            return Optional.of("system:" + system.textValue());
        }
        if (system.has("navn")) {
            return Optional.of("system:" + system.get("navn").asText());
        }
        Optional<List<Kode>> koder = FeltTolking.kodeliste(mal);
        if (koder.isEmpty()) {
            return Optional.empty();
        }
        Set<String> verdier = new TreeSet<>();
        koder.get().forEach(k -> verdier.add(k.verdi().toString()));
        return Optional.of("verdier:" + verdier);
    }

    /** Every code list in a schema, found by an iterative walk over all its nodes. */
    static Set<String> alle(JsonNode skjema) {
        Set<String> nokler = new HashSet<>();
        Deque<JsonNode> igjen = new ArrayDeque<>();
        igjen.push(skjema);
        while (!igjen.isEmpty()) {
            JsonNode node = igjen.pop();
            if (node.isObject()) {
                nokkel(node, node).ifPresent(nokler::add);
            }
            node.forEach(igjen::push);
        }
        return nokler;
    }
}
