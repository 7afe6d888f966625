package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import no.blaresept.sdk.Fodselsnummer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestpasientTest {

    @ParameterizedTest
    @EnumSource(Testpasient.class)
    void eachIsAValidSyntheticNumberThatFindsItselfAndSelectsItsScenario(Testpasient pasient) {
        assertThat(Fodselsnummer.of(pasient.fodselsnummer())).as("core's independent check of the control digits")
                .isNotNull();
        assertThat(Integer.parseInt(pasient.fodselsnummer().substring(2, 4))).as("month + 80").isGreaterThan(80);
        assertThat(Testpasient.fra(pasient.fodselsnummer())).contains(pasient);
        assertThat(Testpasienter.scenarioFor(pasient.fodselsnummer())).contains(pasient.scenario());
        assertThat(pasient.toString()).doesNotContain(pasient.fodselsnummer());
    }

    @Test
    void numbersAreDistinctAndTheTextConstantsAreTheSame() {
        assertThat(Arrays.stream(Testpasient.values()).map(Testpasient::fodselsnummer)).doesNotHaveDuplicates();
        assertThat(Testpasienter.alle()).containsExactly(Testpasient.values());
        assertThat(Testpasient.AVSLAG.fodselsnummer()).isEqualTo(Testpasienter.AVSLAG);
        assertThat(Testpasient.fra("01010112345")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> Testpasient.fra(null)).withMessage("fodselsnummer");
    }

    @Test
    void aTypedPatientCanBeProgrammed() {
        try (BlareseptMockServer mock = BlareseptMockServer.start()) {
            mock.scenario(Testpasient.INGEN_VEDTAK, Scenario.VEDTAK_AVVISNING);
            assertThat(new RawClient(mock).postJson(Endepunkt.VEDTAK_SOK, RawClient.foresporsel(Testpasienter.INGEN_VEDTAK))
                    .get("utfall").asText()).isEqualTo("AVVISNING");
        }
    }
}
