package no.blaresept.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import no.blaresept.schema.SkjemaException;
import no.blaresept.schema.SkjemaFeilkode;
import org.junit.jupiter.api.Test;

/** The defence-in-depth mask: valid fødselsnummer shapes go, other digits stay. */
class FodselsnummermaskeTest {

    private static final String FNR = "01859012325";

    @Test
    void masksAnElevenDigitRunWithValidControlDigitsWhereverItStands() {
        assertThat(Fodselsnummermaske.masker(FNR)).isEqualTo("***********");
        assertThat(Fodselsnummermaske.masker("/vedlegg/Kari-" + FNR + ".pdf")).isEqualTo("/vedlegg/Kari-***********.pdf");
        assertThat(Fodselsnummermaske.masker("a" + FNR + "b" + FNR)).isEqualTo("a***********b***********");
        assertThat(Fodselsnummermaske.masker("7" + FNR)).as("glued to another digit").isEqualTo("7***********");
    }

    @Test
    void leavesDigitsThatCannotBeAFodselsnummer() {
        assertThat(Fodselsnummermaske.masker("01859012326")).isEqualTo("01859012326");
        assertThat(Fodselsnummermaske.masker("0185901232")).isEqualTo("0185901232");
        assertThat(Fodselsnummermaske.masker("BRS-2026-000123 took 12 ms")).isEqualTo("BRS-2026-000123 took 12 ms");
        assertThat(Fodselsnummermaske.inneholder("")).isFalse();
    }

    @Test
    void holdsOnlyAnElevenDigitRunOfItsOwn() {
        assertThat(Fodselsnummermaske.inneholder("01859012325")).isTrue();
        assertThat(Fodselsnummermaske.inneholder("BRS-01859012325-x")).isTrue();
        assertThat(Fodselsnummermaske.inneholder("001859012325")).isFalse();
        assertThat(Fodselsnummermaske.inneholder("018590123250")).isFalse();
        // masking still covers the window inside a longer run
        assertThat(Fodselsnummermaske.masker("001859012325")).isEqualTo("0***********");
    }

    @Test
    void agreesWithTheControlDigitRuleOnEveryNumberOfASample() {
        // Independent oracle: the second control digit from the first ten (ordinary rule, k1 = remainder 0).
        int masked = 0;
        for (int n = 0; n < 100_000; n++) {
            String first9 = String.format("0185%05d", n);
            int k1 = control(first9, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            if (k1 == 10) {
                continue;
            }
            int k2 = control(first9 + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k2 == 10) {
                continue;
            }
            assertThat(Fodselsnummermaske.inneholder(first9 + k1 + k2)).as(first9 + k1 + k2).isTrue();
            assertThat(Fodselsnummermaske.inneholder(first9 + k1 + ((k2 + 1) % 10))).isFalse();
            masked++;
        }
        assertThat(masked).isGreaterThan(50_000);
    }

    private static int control(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }

    @Test
    void aSkjemaExceptionNeverShowsAFodselsnummerFromItsPathOrDetail() {
        SkjemaException e = new SkjemaException(SkjemaFeilkode.UGYLDIG_SKJEMA, "/pasient/" + FNR, "fil " + FNR + ".pdf");
        assertThat(e.getMessage()).doesNotContain(FNR).contains("/pasient/***********");
    }
}
