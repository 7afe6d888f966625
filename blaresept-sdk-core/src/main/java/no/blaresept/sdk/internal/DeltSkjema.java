package no.blaresept.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import no.blaresept.schema.SkjemaModell;
import org.jspecify.annotations.Nullable;

/**
 * One schema as {@link DelteSkjemaer} holds it: a private copy of its JSON tree, which nobody changes, and its
 * form model, built on first use. Threads asking for the model while it is being built wait for that build; a
 * build that fails is not kept, so each caller gets its own exception.
 *
 * <p>Thread-safe.
 */
public final class DeltSkjema {

    private final JsonNode skjema;
    private volatile @Nullable SkjemaModell modell;

    DeltSkjema(JsonNode skjema) {
        this.skjema = skjema;
    }

    /** The shared tree: read it, never change it; hand callers a copy. */
    public JsonNode skjema() {
        return skjema;
    }

    /**
     * The schema's form model.
     *
     * @throws no.blaresept.schema.SkjemaException as {@link SkjemaModell#of(JsonNode)}
     */
    public SkjemaModell modell() {
        SkjemaModell bygd = modell;
        if (bygd == null) {
            synchronized (this) {
                bygd = modell;
                if (bygd == null) {
                    bygd = SkjemaModell.of(skjema);
                    modell = bygd;
                }
            }
        }
        return bygd;
    }
}
