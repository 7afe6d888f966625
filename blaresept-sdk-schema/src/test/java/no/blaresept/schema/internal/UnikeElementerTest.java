package no.blaresept.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Draft-07 equality of items, anywhere in a value: what lets everit skip its pairwise uniqueItems check. */
class UnikeElementerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "[1, 2, 3]                                   | false",
        "[1, 1.0]                                    | true",
        "[0, false]                                  | false",
        "[1, true]                                   | false",
        "[\"1\", 1]                                  | false",
        "[null, null]                                | true",
        "[[1], [1.0]]                                | true",
        "[[1, 2], [2, 1]]                            | false",
        "[{\"a\": 1, \"b\": 2}, {\"b\": 2, \"a\": 1.00}] | true",
        "[{\"a\": 1}, {\"a\": 1, \"b\": 2}]            | false",
        "[1e2, 100]                                  | true",
        "[0.0, -0]                                   | true",
        "{\"x\": {\"y\": [[], []]}}                    | true",
        "{\"x\": [1, 2], \"y\": [1, 2]}                | false",
        "\"tekst\"                                   | false"})
    void findsEqualItemsInAnyArray(String verdi, boolean harLike) throws Exception {
        assertThat(UnikeElementer.medLike(JSON.readTree(verdi)).isEmpty()).isEqualTo(!harLike);
    }

    @Test
    void eachListWithEqualItemsIsNamedOnceAsWritten() throws Exception {
        assertThat(UnikeElementer.medLike(JSON.readTree("{\"a\": [1, 1.0], \"b\": [[1, 1], [1.0, 1]], \"c\": [2, 3]}")))
                .isEqualTo(JSON.readTree("[[1, 1.0], [1, 1], [1.0, 1], [[1, 1], [1.0, 1]]]"));
    }
}
