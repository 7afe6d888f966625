package no.blaresept.schema;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which fields are visible and required given some answers: one {@link FeltTilstand} per field, in schema
 * order, per item for fields inside lists, and below a recursive definition's static expansion
 * ({@link Felt#rekursiv()}) per level the answers have, right after the field they lie below. Serves F-2.9,
 * F-4.6.
 *
 * <p>Thread safety: immutable.
 */
public final class SkjemaTilstand {
    private final List<FeltTilstand> felter;
    /** Built on first look-up: many callers only iterate. Benign race: both builds are equal. */
    private volatile @Nullable Map<String, FeltTilstand> perSti;

    SkjemaTilstand(List<FeltTilstand> felter) {
        this.felter = Collections.unmodifiableList(felter);
    }

    /** Every field's state, in schema order. */
    public List<FeltTilstand> felter() {
        return felter;
    }

    /** The fields to show now, in schema order (a UI also skips those that need no manual input). */
    public List<FeltTilstand> synlige() {
        return felter.stream().filter(FeltTilstand::synlig).toList();
    }

    /** The state at a concrete path ({@code /diagnoser/0/kode}) or template path. */
    public Optional<FeltTilstand> felt(String sti) {
        Map<String, FeltTilstand> kart = perSti;
        if (kart == null) {
            kart = new HashMap<>(felter.size() * 2);
            for (FeltTilstand t : felter) {
                kart.put(t.sti(), t);
            }
            perSti = kart;
        }
        return Optional.ofNullable(kart.get(Objects.requireNonNull(sti, "sti")));
    }

    /** Whether the field at {@code sti} is visible now; {@code false} for unknown paths. */
    public boolean synlig(String sti) {
        return felt(sti).map(FeltTilstand::synlig).orElse(false);
    }

    /** Whether the field at {@code sti} is required now; {@code false} for unknown paths. */
    public boolean pakrevd(String sti) {
        return felt(sti).map(FeltTilstand::pakrevd).orElse(false);
    }

    @Override
    public String toString() {
        return "SkjemaTilstand[" + synlige().size() + " av " + felter.size() + " felt synlige]";
    }
}
