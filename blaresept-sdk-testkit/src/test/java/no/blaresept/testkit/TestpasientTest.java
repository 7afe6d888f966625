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
        assertThat(Fodselsnummer.of(pasient.fodselsnummer().value())).as("core's independent check of the control digits")
                .isNotNull();
        assertThat(Integer.parseInt(pasient.fodselsnummer().value().substring(2, 4))).as("month + 80").isGreaterThan(80);
        assertThat(Testpasient.of(pasient.fodselsnummer().value())).contains(pasient);
        assertThat(pasient.toString()).doesNotContain(pasient.fodselsnummer().value());
    }

    @Test
    void numbersAreDistinctAndOnlyTheWellKnownAreFound() {
        assertThat(Arrays.stream(Testpasient.values()).map(p -> p.fodselsnummer().value())).doesNotHaveDuplicates();
        assertThat(Testpasient.of("01010112345")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> Testpasient.of(null)).withMessage("fodselsnummer");
    }

    @Test
    void aTypedPatientCanBeProgrammed() {
        try (BlareseptMockServer mock = BlareseptMockServer.start()) {
            mock.scenario(Testpasient.INGEN_VEDTAK, Scenario.VEDTAK_AVVISNING);
            assertThat(new RawClient(mock).postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(Testpasient.INGEN_VEDTAK.fodselsnummer().value()))
                    .get("utfall").asText()).isEqualTo("AVVISNING");
        }
    }
}
