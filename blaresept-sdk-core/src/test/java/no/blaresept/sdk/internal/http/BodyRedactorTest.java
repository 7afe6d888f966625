package no.blaresept.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyRedactorTest {

    @Test
    void keepsOnlyAllowListedValuesAndMasksPersonalDataAndFormContent() {
        String body = "{\"pasient\":{\"fodselsnummer\":\"01859012325\"},\"hjemmel\":\"BLARESEPTFORSKRIFTEN_3\","
                + "\"produkt\":{\"produkttype\":\"LEGEMIDDEL\",\"atcKode\":\"A10BJ06\",\"navn\":\"Ozempic\"},"
                + "\"diagnose\":{\"kodeverk\":\"ICD10\",\"kode\":\"E11\"},"
                + "\"skjemadata\":{\"kode\":\"X\",\"navn\":\"Kari Nordmann\"},"
                + "\"meldinger\":[{\"kode\":\"W1\",\"tekst\":\"Pasienten Kari har\"}],\"utfall\":\"VARSEL\"}";

        String redacted = BodyRedactor.redact(body.getBytes(StandardCharsets.UTF_8));

        assertThat(redacted).contains("\"utfall\":\"VARSEL\"", "\"atcKode\":\"A10BJ06\"", "\"kode\":\"W1\"",
                "\"hjemmel\":\"BLARESEPTFORSKRIFTEN_3\"");
        assertThat(redacted).doesNotContain("01859012325", "E11", "Kari", "Ozempic");
    }

    @Test
    void showsANonJsonBodyBySizeOnly() {
        assertThat(BodyRedactor.redact("%PDF-1.7 Kari".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("(13 bytes, not JSON, not shown)");
        assertThat(BodyRedactor.redact(new byte[0])).isEqualTo("(empty)");
    }
}
