package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The application schema the mock serves: one JSON Schema (draft-07) per form part, the last one
 * complete, and the version they carry. Loaded once from the classpath; immutable and thread-safe.
 */
final class Skjemakatalog {

    /** The version the mock serves and accepts. Submissions carrying another are outdated. */
    static final String GJELDENDE_VERSJON = "1.2";

    private static final String BASE = "/no/blaresept/testkit/internal/skjema/";

    private final List<JsonNode> deler;

    private Skjemakatalog(List<JsonNode> deler) {
        this.deler = deler;
    }

    static Skjemakatalog lastStandard() {
        return new Skjemakatalog(List.of(last("del1.json"), last("del2.json"), last("del3.json")));
    }

    /** The schema of part 1, 2 or 3; a defensive copy the caller may change. */
    JsonNode del(int nummer) {
        Objects.checkIndex(nummer - 1, deler.size());
        return deler.get(nummer - 1).deepCopy();
    }

    /** The complete schema (part 3), as getSoknadSkjema serves it and valider checks against. */
    JsonNode komplett() {
        return del(deler.size());
    }

    private static JsonNode last(String navn) {
        try (InputStream in = Skjemakatalog.class.getResourceAsStream(BASE + navn)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the testkit jar: " + BASE + navn);
            }
            return Svar.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("schema resource unreadable: " + BASE + navn, e);
        }
    }
}
