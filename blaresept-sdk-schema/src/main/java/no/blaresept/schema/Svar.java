package no.blaresept.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.internal.JsonStier;
import no.blaresept.schema.internal.SvarDokument;
import no.blaresept.schema.internal.Tilstandsminne;

/**
 * The answers a user has given so far: an immutable JSON object. Every change returns a new {@code Svar};
 * unchanged parts are shared, so a change costs only the path it touches. {@link #json()} hands out a copy,
 * so no caller can reach the shared tree. An answers object also remembers the field states a model computed
 * for it, so after a change of one value the model re-evaluates only the fields whose conditions read it;
 * this memory is not part of the value ({@link #equals} compares answers only).
 *
 * <p>{@link #toString()} never shows answer values (they are patient data); it shows only how many values
 * there are. Paths are JSON Pointers ({@code /pasient/telefon}, {@code /diagnoser/0/kode}).
 *
 * <p>Thread safety: immutable and safe to share.
 */
public final class Svar {
    /** The empty tree, shared: no one mutates it. */
    private static final ObjectNode TOMT = SvarDokument.tomt();

    private final ObjectNode rot;
    /** Field states computed for this tree; not part of its value (ignored by equals). */
    private final Tilstandsminne minne;

    private Svar(ObjectNode rot, Tilstandsminne minne) {
        this.rot = rot;
        this.minne = minne;
    }

    private Svar(ObjectNode rot) {
        this(rot, Tilstandsminne.tomt());
    }

    /** No answers. */
    public static Svar empty() {
        // A new instance each time (sharing the tree): a shared constant would keep the last model's state.
        return new Svar(TOMT);
    }

    /**
     * Answers from a JSON object (copied, so later changes to {@code json} do not leak in).
     *
     * @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_SVAR} if {@code json} is not an object or nests
     *     deeper than {@link SchemaLimits#STANDARD}
     */
    public static Svar of(JsonNode json) {
        Objects.requireNonNull(json, "json");
        return new Svar(SvarDokument.kopierObjekt(json, SchemaLimits.STANDARD.maksDybde()));
    }

    /** Wraps a tree this module built and never mutates again (no copy needed), with what it remembers. */
    static Svar avDelt(ObjectNode rot, Tilstandsminne minne) {
        return new Svar(rot, minne);
    }

    /** The value at {@code sti}, a copy, if there is one ({@code null} in JSON counts as a value). */
    public Optional<JsonNode> verdi(String sti) {
        JsonNode node = rot.at(JsonStier.peker(sti));
        return node.isMissingNode() ? Optional.empty() : Optional.of(node.deepCopy());
    }

    /** Whether there is a value at {@code sti}. */
    public boolean harVerdi(String sti) {
        return !rot.at(JsonStier.peker(sti)).isMissingNode();
    }

    /**
     * These answers with {@code verdi} at {@code sti}. Missing parents are created: an array when the next
     * segment is an index or {@code -} (append), otherwise an object.
     *
     * @throws SkjemaException {@link SkjemaFeilkode#UGYLDIG_STI} if {@code sti} is the root, is not a JSON
     *     Pointer, or runs through a value that is not an object or array
     */
    public Svar med(String sti, JsonNode verdi) {
        Objects.requireNonNull(verdi, "verdi");
        JsonPointer peker = JsonStier.peker(sti);
        JsonNode kopi = SvarDokument.kopier(verdi, SchemaLimits.STANDARD.maksDybde());
        ObjectNode ny = SvarDokument.med(rot, peker, kopi);
        return new Svar(ny, minne.etterEndring(sti, SvarDokument.bareBlad(rot, peker, kopi)));
    }

    /** These answers without a value at {@code sti}; the same answers if there was none. */
    public Svar uten(String sti) {
        return new Svar(SvarDokument.uten(rot, JsonStier.peker(sti)));
    }

    /** The answers as JSON (a copy). */
    public ObjectNode json() {
        return rot.deepCopy();
    }

    /**
     * The internal tree, shared and never changed. Only for this module's internals.
     *
     * @return the root object; callers must not modify it
     */
    ObjectNode rot() {
        return rot;
    }

    /** What this tree remembers about field states. Only for this module's internals. */
    Tilstandsminne minne() {
        return minne;
    }

    /** How many leaf values (non-container values, including {@code null}) there are. */
    public int antallVerdier() {
        return SvarDokument.antallBlader(rot);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Svar other && rot.equals(other.rot);
    }

    @Override
    public int hashCode() {
        return rot.hashCode();
    }

    /** Masked: shows only the number of values, never the values. */
    @Override
    public String toString() {
        return "Svar[" + antallVerdier() + " verdier, innhold skjult]";
    }
}
