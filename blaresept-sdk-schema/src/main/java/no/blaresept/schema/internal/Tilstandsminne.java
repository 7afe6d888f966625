package no.blaresept.schema.internal;

import java.util.List;
import no.blaresept.schema.FeltTilstand;
import org.jspecify.annotations.Nullable;

/**
 * What one answers tree remembers about its field states, so the next keystroke recomputes only the fields
 * whose conditions read the changed answer: the state computed for it (per model), and, for answers made
 * by one leaf change, the state of the answers it was made from.
 *
 * <p>Holds at most one predecessor's state, never a chain, so a long edit history is not kept alive.
 * Thread-safe: the remembered state is published through a volatile field; racing computations store
 * equal states.
 */
public final class Tilstandsminne {
    private final @Nullable Lagret grunnlag;
    private final @Nullable String endretSti;
    private volatile @Nullable Lagret lagret;

    /**
     * A state computed by one model: every field's state in the model's order, and where each field's
     * entries start ({@code start[i]} to {@code start[i + 1]} for field {@code i}).
     */
    record Lagret(Synlighet kjerne, List<FeltTilstand> tilstand, int[] start) {
    }

    private Tilstandsminne(@Nullable Lagret grunnlag, @Nullable String endretSti) {
        this.grunnlag = grunnlag;
        this.endretSti = endretSti;
    }

    /** Nothing remembered: answers not made by a leaf change from answers with a known state. */
    public static Tilstandsminne tomt() {
        return new Tilstandsminne(null, null);
    }

    /** A memory that already holds the state {@code lagret} (computed for exactly those answers). */
    static Tilstandsminne med(Lagret lagret) {
        Tilstandsminne minne = tomt();
        minne.lagre(lagret);
        return minne;
    }

    /**
     * The memory for answers made from these by setting the value at {@code sti}.
     *
     * @param bareBlad whether the change touched one leaf only: every container on the path existed, and
     *     neither the old nor the new value is a container (so no list grows and no object appears)
     */
    public Tilstandsminne etterEndring(String sti, boolean bareBlad) {
        Lagret forrige = lagret;
        return bareBlad && forrige != null ? new Tilstandsminne(forrige, sti) : tomt();
    }

    /** The state {@code kjerne} computed for these answers, if any. */
    @Nullable Lagret lagret(Synlighet kjerne) {
        Lagret l = lagret;
        return l != null && l.kjerne() == kjerne ? l : null;
    }

    /** The predecessor's state from {@code kjerne}, if these answers are one leaf change away from it. */
    @Nullable Lagret grunnlag(Synlighet kjerne) {
        Lagret g = grunnlag;
        return g != null && g.kjerne() == kjerne ? g : null;
    }

    /** The path of the leaf change from the predecessor (set whenever there is a predecessor). */
    @Nullable String endretSti() {
        return endretSti;
    }

    void lagre(Lagret ny) {
        lagret = ny;
    }
}
