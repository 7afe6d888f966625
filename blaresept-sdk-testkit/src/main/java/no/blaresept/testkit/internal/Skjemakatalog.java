package no.blaresept.testkit.internal;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.Eksempelskjema;

/**
 * The application schema the mock serves: the schema module's synthetic sample set
 * ({@link Eksempelskjema}) — one JSON Schema (draft-07) per form part, the complete form, and the
 * published minor and major successors that {@code getSoknadSkjema?versjon=…} returns. Thread-safe:
 * every accessor returns a copy; the current version can be moved to a published successor, as the service
 * moves when it publishes one (the form parts stay those of the first version).
 */
final class Skjemakatalog {

    private final List<JsonNode> deler;
    private final List<RawValue> delerSomJson;
    private final Map<String, JsonNode> publiserte;
    private final String forsteVersjon;
    private volatile String gjeldendeVersjon;

    private Skjemakatalog(List<JsonNode> deler, JsonNode komplett, List<JsonNode> senere) {
        this.deler = deler;
        // Held as UTF-8 bytes, written into each answer as they are: encoding ~46 KB per answer showed in the profile.
        this.delerSomJson = deler.stream().map(d -> new RawValue(new SerializedString(d.toString()))).toList();
        this.forsteVersjon = versjon(komplett);
        this.gjeldendeVersjon = forsteVersjon;
        java.util.Map<String, JsonNode> alle = new java.util.LinkedHashMap<>();
        alle.put(gjeldendeVersjon, komplett);
        senere.forEach(s -> alle.put(versjon(s), s));
        this.publiserte = Map.copyOf(alle);
    }

    static Skjemakatalog lastStandard() {
        return new Skjemakatalog(
                List.of(Eksempelskjema.of(Eksempelskjema.Del.DEL1), Eksempelskjema.of(Eksempelskjema.Del.DEL2),
                        Eksempelskjema.of(Eksempelskjema.Del.DEL3)),
                Eksempelskjema.of(Eksempelskjema.Del.SOKNAD),
                List.of(Eksempelskjema.of(Eksempelskjema.Del.SOKNAD_MINOR),
                        Eksempelskjema.of(Eksempelskjema.Del.SOKNAD_MAJOR)));
    }

    /** The version the mock fills in and accepts; a submission carrying another is outdated. */
    String gjeldendeVersjon() {
        return gjeldendeVersjon;
    }

    /**
     * Makes a published version the current one: del1–del3 then fill it in, and valider/send check against it.
     *
     * @throws IllegalArgumentException when no such version is published
     */
    void gjeldende(String versjon) {
        if (!publiserte.containsKey(versjon)) {
            throw new IllegalArgumentException("no published schema version " + versjon + "; published: "
                    + publiserte.keySet());
        }
        gjeldendeVersjon = versjon;
    }

    /** Back to the first version, as a fresh mock. */
    void nullstill() {
        gjeldendeVersjon = forsteVersjon;
    }

    /** The schema of part 1, 2 or 3; a copy the caller may change. */
    JsonNode del(int nummer) {
        Objects.checkIndex(nummer - 1, deler.size());
        return deler.get(nummer - 1).deepCopy();
    }

    /**
     * The schema of part 1, 2 or 3 as JSON text written once, to put into answers without copying and
     * serialising the form's schema for every del1–del3 answer.
     */
    RawValue delSomJson(int nummer) {
        Objects.checkIndex(nummer - 1, delerSomJson.size());
        return delerSomJson.get(nummer - 1);
    }

    /** The complete current schema, as valider and send check against. */
    JsonNode komplett() {
        return Objects.requireNonNull(publiserte.get(gjeldendeVersjon), gjeldendeVersjon).deepCopy();
    }

    /** A published version (the current one, or a later minor/major one), as getSoknadSkjema serves it. */
    Optional<JsonNode> publisert(String versjon) {
        return Optional.ofNullable(publiserte.get(versjon)).map(JsonNode::deepCopy);
    }

    private static String versjon(JsonNode skjema) {
        String v = skjema.path("version").asText("");
        if (v.isEmpty()) {
            throw new IllegalStateException("sample schema has no version: " + skjema.path("$id").asText("?"));
        }
        return v;
    }
}
