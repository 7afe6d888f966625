package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a code list, with its display text when the schema gives one ({@code const} + {@code title}).
 *
 * <p>Thread safety: immutable ({@code verdi} is copied on the way in and out).
 */
public final class Kode {
    private final JsonNode verdi;
    private final Optional<String> tekst;

    /**
     * Creates a code.
     *
     * @param verdi the value to put in the answers
     * @param tekst the text to show, if any
     */
    public Kode(JsonNode verdi, Optional<String> tekst) {
        this.verdi = Objects.requireNonNull(verdi, "verdi").deepCopy();
        this.tekst = Objects.requireNonNull(tekst, "tekst");
    }

    /** The value to put in the answers (a copy). */
    public JsonNode verdi() {
        return verdi.deepCopy();
    }

    /** The text to show; fall back to {@code verdi().asText()} when empty. */
    public Optional<String> tekst() {
        return tekst;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kode k && verdi.equals(k.verdi) && tekst.equals(k.tekst);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdi, tekst);
    }

    @Override
    public String toString() {
        return "Kode[" + verdi + tekst.map(t -> " " + t).orElse("") + "]";
    }
}
