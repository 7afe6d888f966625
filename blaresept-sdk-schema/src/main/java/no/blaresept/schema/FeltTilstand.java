package no.blaresept.schema;

import java.util.Objects;

/**
 * Whether a field is visible and required given the current answers. Serves F-2.9, F-4.6.
 *
 * <p>Thread safety: immutable.
 *
 * @param sti concrete JSON Pointer ({@code /diagnoser/0/kode}), or the field's template path with {@code -}
 *     for list items when the list has no items yet
 * @param felt the field's declaration
 * @param synlig whether the field should be shown now (its branch is active and its parents are visible);
 *     a UI also hides visible fields that {@link Felt#krevesManuellInput() need no manual input}
 * @param pakrevd whether the field must have a value now
 */
public record FeltTilstand(String sti, Felt felt, boolean synlig, boolean pakrevd) {

    /** Checks the components. */
    public FeltTilstand {
        Objects.requireNonNull(sti, "sti");
        Objects.requireNonNull(felt, "felt");
    }
}
