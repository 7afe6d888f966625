package no.blaresept.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.blaresept.sdk.Fodselsnummer.Nummertype;
import no.blaresept.sdk.error.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FodselsnummerTest {

    @ParameterizedTest(name = "{0}: remainder {1}")
    @CsvSource({
        // number, remainder of the first control sum, type, synthetic
        "15058545640, 0, FODSELSNUMMER, false",
        "15058545659, 1, FODSELSNUMMER, false",
        "15058545667, 2, FODSELSNUMMER, false",
        "15058545675, 3, FODSELSNUMMER, false",
        "01859012325, 0, FODSELSNUMMER, true",
        "21827934531, 3, FODSELSNUMMER, true",
        "41019012393, 0, D_NUMMER, false",
        "41019012318, 3, D_NUMMER, false",
        "41859022209, 1, D_NUMMER, true",
    })
    void acceptsTodaysAndThe2032ControlRuleSideBySide(String number, int remainder, Nummertype type, boolean synthetic) {
        Fodselsnummer fnr = Fodselsnummer.of(number);

        assertThat(fnr.value()).isEqualTo(number);
        assertThat(fnr.type()).isEqualTo(type);
        assertThat(fnr.syntetisk()).isEqualTo(synthetic);
    }

    @ParameterizedTest
    @CsvSource({
        "15058545683, FODSELSNUMMER_KONTROLLSIFFER", // first control sum leaves remainder 4
        "15058545641, FODSELSNUMMER_KONTROLLSIFFER", // second control digit wrong
        "00019012345, FODSELSNUMMER_DATO",           // day 0
        "72019012345, FODSELSNUMMER_DATO",           // d-number day 32
        "01139012345, FODSELSNUMMER_DATO",           // month 13
        "01939012345, FODSELSNUMMER_DATO",           // synthetic month 13
        "1505854564, FODSELSNUMMER_FORMAT",
        "150585456400, FODSELSNUMMER_FORMAT",
        "1505854564x, FODSELSNUMMER_FORMAT",
        "'15058 45640', FODSELSNUMMER_FORMAT",
    })
    void refusesInvalidNumbersWithACodeAndWithoutTheValue(String number, String code) {
        assertThatThrownBy(() -> Fodselsnummer.of(number, "pasient.fodselsnummer"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo("pasient.fodselsnummer");
                    assertThat(e.getMessage()).contains("pasient.fodselsnummer").doesNotContain(number.trim());
                });
        assertThat(Fodselsnummer.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesMissingNumbers(String number) {
        assertThatThrownBy(() -> Fodselsnummer.of(number)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fodselsnummer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"15058545640", "41859022209"})
    void toStringNeverShowsADigit(String number) {
        assertThat(Fodselsnummer.of(number).toString()).doesNotContainPattern("[0-9]");
    }

    @Test
    void equalByValue() {
        assertThat(Fodselsnummer.of("15058545640")).isEqualTo(Fodselsnummer.of("15058545640"))
                .hasSameHashCodeAs(Fodselsnummer.of("15058545640"))
                .isNotEqualTo(Fodselsnummer.of("15058545659"));
    }
}
