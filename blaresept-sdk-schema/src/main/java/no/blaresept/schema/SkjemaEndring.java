package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.blaresept.schema.internal.Skjemadiff;

/**
 * The changes from one schema version to the next, each classified by Helsedirektoratet's minor/major rules,
 * with the overall verdict (the highest class found). Looks into every branch: {@code dependencies},
 * {@code if}/{@code then}/{@code else}, {@code allOf}/{@code anyOf}/{@code oneOf}, {@code items},
 * {@code definitions}. Also compares the schemas' own versions and flags a version that does not fit the
 * changes (a major change published as a minor version, say). Serves F-4.2, F-4.3, F-4.4.
 *
 * <p>Thread safety: immutable.
 */
public final class SkjemaEndring {
    private final List<Endring> endringer;
    private final Optional<String> gammelVersjon;
    private final Optional<String> nyVersjon;

    private SkjemaEndring(List<Endring> endringer, Optional<String> gammelVersjon, Optional<String> nyVersjon) {
        this.endringer = List.copyOf(endringer);
        this.gammelVersjon = gammelVersjon;
        this.nyVersjon = nyVersjon;
    }

    /**
     * Compares two versions of a schema.
     *
     * @throws SkjemaException if either schema is malformed, hostile or too large
     */
    public static SkjemaEndring sammenlign(JsonNode gammel, JsonNode ny) {
        Objects.requireNonNull(gammel, "gammel");
        Objects.requireNonNull(ny, "ny");
        Skjemadiff.Resultat r = Skjemadiff.sammenlign(gammel, ny, SchemaLimits.STANDARD);
        return new SkjemaEndring(r.endringer(), r.gammelVersjon(), r.nyVersjon());
    }

    /** Every change, in schema order. */
    public List<Endring> endringer() {
        return endringer;
    }

    /** The highest class among the changes; {@link Endringsklasse#NONE} when there are none. */
    public Endringsklasse klassifisering() {
        return endringer.stream().map(Endring::klasse).max(Comparator.naturalOrder()).orElse(Endringsklasse.NONE);
    }

    /** Whether a UI generated from the schema handles the new version without development (F-4.2). */
    public boolean utenUtvikling() {
        return klassifisering() != Endringsklasse.MAJOR;
    }

    /** The old schema's {@code version}, if it has one. */
    public Optional<String> gammelVersjon() {
        return gammelVersjon;
    }

    /** The new schema's {@code version}, if it has one. */
    public Optional<String> nyVersjon() {
        return nyVersjon;
    }

    /**
     * A Norwegian explanation when the version numbers do not fit the changes: a major change without a new
     * major version, or a minor change without a higher version. Empty when they fit or a version is missing.
     */
    public Optional<String> versjonsavvik() {
        return Skjemadiff.versjonsavvik(klassifisering(), gammelVersjon, nyVersjon);
    }

    @Override
    public String toString() {
        return "SkjemaEndring[" + klassifisering() + ", " + endringer.size() + " endringer, "
                + gammelVersjon.orElse("?") + " → " + nyVersjon.orElse("?") + "]";
    }
}
