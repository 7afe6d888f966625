package no.blaresept.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadId;
import org.junit.jupiter.api.Test;

/** toString() of every value that holds personal data or form content masks it. */
class MaskingTest {

    private static final ObjectNode SVAR = JsonNodeFactory.instance.objectNode()
            .put("fodselsnummer", Testdata.FNR).put("navn", "Kari Nordmann");

    @Test
    void prescriptionMasksPatientAndDiagnosis() {
        assertThat(Testdata.forskrivning().toString()).doesNotContain(Testdata.FNR, "E11").contains("A10BJ06");
    }

    @Test
    void formValuesNeverShowAnswers() {
        SoknadId id = new SoknadId("SOK-12345678");
        Skjemaversjon versjon = new Skjemaversjon("2.1");
        assertThat(new Skjemadel(id, versjon, SVAR, Svar.of(SVAR)).toString()).doesNotContain(Testdata.FNR, "Kari");
        assertThat(new Skjemadel(id, versjon, SVAR, Svar.of(SVAR)).innsending(Svar.of(SVAR)).build().toString())
                .doesNotContain(Testdata.FNR, "Kari").contains("SOK-12345678");
    }

    @Test
    void valuesAreCopiedSoCallersCannotChangeThem() {
        ObjectNode skjema = SVAR.deepCopy();
        Skjemadel del = new Skjemadel(new SoknadId("SOK-12345678"), new Skjemaversjon("2.1"), skjema, Svar.empty());
        skjema.put("navn", "Endret");
        del.skjema().withObject("/x").put("navn", "Endret igjen");

        assertThat(del.skjema()).isEqualTo(SVAR);
    }
}
