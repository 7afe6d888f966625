package no.blaresept.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Differential test against everit, over seeded random answers: the model's own field-by-field verdict
 * ({@code validerFeltvis}: visibility, required-now, per-field rules) and the whole-document verdict
 * ({@code validerAlle}) must both agree with everit validating the raw document against the raw schema.
 */
class DifferensiellTest {
    private static final int ANTALL = 60;

    @ParameterizedTest
    @EnumSource(value = Eksempelskjema.Del.class)
    void modelAgreesWithEveritOnGeneratedAnswers(Eksempelskjema.Del del) {
        SkjemaModell modell = SkjemaModell.of(Eksempelskjema.of(del));
        Schema everit = SchemaLoader.builder().draftV7Support()
                .schemaJson(new JSONObject(Eksempelskjema.of(del).toString())).build().load().build();
        Svargenerator generator = new Svargenerator(modell, del.ordinal() * 7919L);
        int gyldige = 0;
        for (int i = 0; i < ANTALL; i++) {
            Svar svar = generator.neste();
            boolean everitGyldig = gyldig(everit, svar);

            assertThat(modell.validerFeltvis(svar).gyldig()).as("feltvis, dokument %d: %s", i,
                    modell.validerFeltvis(svar).feil()).isEqualTo(everitGyldig);
            assertThat(modell.validerAlle(svar).gyldig()).as("helhet, dokument %d", i).isEqualTo(everitGyldig);
            gyldige += everitGyldig ? 1 : 0;
        }
        assertThat(gyldige).as("the generator must produce both valid and invalid answers").isBetween(1, ANTALL - 1);
    }

    @Test
    void everyWholeDocumentErrorPointsAtAnAnswerPathOrItsParent() {
        SkjemaModell modell = SkjemaModell.of(Eksempelskjema.soknad());
        Svargenerator generator = new Svargenerator(modell, 42);
        for (int i = 0; i < 100; i++) {
            Svar svar = generator.neste();
            for (Valideringsfeil feil : modell.validerAlle(svar).feil()) {
                assertThat(modell.felt(feil.sti())).as(feil.toString()).isPresent();
            }
        }
    }

    private static boolean gyldig(Schema everit, Svar svar) {
        try {
            everit.validate(new JSONObject(svar.json().toString()));
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
