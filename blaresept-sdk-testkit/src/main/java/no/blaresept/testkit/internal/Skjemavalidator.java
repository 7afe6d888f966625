package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import no.blaresept.schema.FeltType;
import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaModell;

/**
 * Checks skjemadata against a schema as the real service would, with the schema module's public
 * {@link SkjemaModell} (the SDK's one draft-07 validator), and reports each violation with its JSON
 * Pointer, the stable {@code Feilkode} and its Norwegian text. The texts name the rule, never the
 * value, because values are patient data. Immutable and thread-safe (the model is).
 */
final class Skjemavalidator {

    private final SkjemaModell modell;

    Skjemavalidator(JsonNode skjema) {
        this.modell = SkjemaModell.of(skjema);
    }

    /** Whether {@code sti} names a field the schema declares as an attachment field (F-4.7). */
    boolean vedleggsfelt(String sti) {
        return modell.felt(sti).filter(f -> f.type() == FeltType.VEDLEGG).isPresent();
    }

    /**
     * Every violation of the schema, empty when the data is valid.
     *
     * @throws Anrop.Avbrudd (400) when the answers cannot be read as answers at all, e.g. nested
     *                       deeper than the schema module allows
     */
    List<Problem.Feil> valider(JsonNode skjemadata) {
        no.blaresept.schema.Svar svar;
        try {
            svar = no.blaresept.schema.Svar.of(skjemadata);
        } catch (SkjemaException e) {
            throw Problem.avbrudd(Problem.Type.UGYLDIG_FORESPORSEL, "skjemadata kan ikke leses som svar: "
                    + e.kode());
        }
        return modell.validerAlle(svar).feil().stream()
                .map(f -> new Problem.Feil(f.sti(), f.kode().name(), f.melding()))
                .toList();
    }
}
