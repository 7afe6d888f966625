package no.blaresept.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Optional;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.Kode;
import no.blaresept.schema.Kodeverk;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;

/**
 * Turns what a browser posts (always text) into the JSON value the schema expects, and back. Text that
 * does not parse as the field's type is kept as text, so the model's validation names the problem
 * ("må være et heltall") instead of the value being lost.
 *
 * <p>Stateless and thread-safe.
 */
final class Verdier {
    private Verdier() {
    }

    /**
     * The JSON value of {@code tekst} for a field, or empty when the field is left blank (no answer).
     *
     * @param kodeverk the field's code list now, to give a code its declared JSON type
     */
    static Optional<JsonNode> fraTekst(FeltTilstand felt, Optional<Kodeverk> kodeverk, String tekst) {
        String t = tekst.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (felt.felt().type()) {
            case TALL -> tall(t.replace(',', '.'));
            case HELTALL -> heltall(t);
            case BOOLSK -> "true".equals(t) ? BooleanNode.TRUE : "false".equals(t) ? BooleanNode.FALSE : TextNode.valueOf(t);
            case KODE -> kodeverk.flatMap(k -> k.koder().stream().map(Kode::verdi)
                    .filter(v -> v.asText().equals(t)).findFirst()).orElse(TextNode.valueOf(t));
            default -> TextNode.valueOf(t);
        });
    }

    /** The answer at {@code sti} as the text an input shows, empty if there is none. */
    static String tilTekst(Svar svar, String sti) {
        return svar.verdi(sti).filter(v -> !v.isNull() && v.isValueNode()).map(JsonNode::asText).orElse("");
    }

    /** Sets or, for a blank value, removes one answer; values of fields the change hides go too. */
    static Svar sett(SkjemaModell modell, Svar svar, FeltTilstand felt, String tekst) {
        Optional<JsonNode> verdi = fraTekst(felt, modell.kodeverk(svar, felt.sti()), tekst);
        return verdi.isPresent()
                ? modell.oppdater(svar, felt.sti(), verdi.get())
                : modell.rens(svar.uten(felt.sti()));
    }

    private static JsonNode tall(String t) {
        try {
            return DecimalNode.valueOf(new BigDecimal(t));
        } catch (NumberFormatException e) {
            return TextNode.valueOf(t);
        }
    }

    private static JsonNode heltall(String t) {
        try {
            return LongNode.valueOf(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return TextNode.valueOf(t);
        }
    }
}
