package no.blaresept.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** The schema's own version: the top-level {@code "version"} string (the convention of docs/schema.md). */
final class Versjon {
    private Versjon() {
    }

    static Optional<String> av(JsonNode skjema) {
        JsonNode versjon = skjema.path("version");
        return versjon.isTextual() ? Optional.of(versjon.textValue()) : Optional.empty();
    }
}
