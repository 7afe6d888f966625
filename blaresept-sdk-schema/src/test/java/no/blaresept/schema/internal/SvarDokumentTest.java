package no.blaresept.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which edits count as one leaf change (the condition for reusing the previous field states). */
class SvarDokumentTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "/pasient/telefon       | \"1\"  | true",
        "/pasient/ny            | \"1\"  | true",
        "/pasient/ny            | null   | true",
        "/diagnoser/0/kode      | \"1\"  | true",
        "/tall/1                | 7      | true",
        "/pasient               | \"1\"  | false",
        "/pasient/telefon       | {}     | false",
        "/pasient/telefon       | []     | false",
        "/mangler/telefon       | \"1\"  | false",
        "/diagnoser/1/kode      | \"1\"  | false",
        "/diagnoser/-/kode      | \"1\"  | false",
        "/tall/2                | 7      | false",
        "/tall/-                | 7      | false",
        "/tom/felt              | \"1\"  | false",
        "/pasient/telefon/under | \"1\"  | false",
    })
    void onlyEditsOfOneLeafInsideExistingContainersCount(String sti, String verdi, boolean bareBlad) throws Exception {
        ObjectNode rot = (ObjectNode) JSON.readTree(
                "{\"pasient\": {\"telefon\": \"123\"}, \"diagnoser\": [{\"kode\": \"T90\"}], \"tall\": [1, 2],"
                + " \"tom\": null}");
        JsonNode ny = JSON.readTree(verdi);

        assertThat(SvarDokument.bareBlad(rot, JsonStier.peker(sti), ny)).isEqualTo(bareBlad);
    }

    @ParameterizedTest
    @CsvSource({"/pasient/telefon", "/diagnoser/0/kode"})
    void aLeafChangeLeavesTheOriginalTreeAsItWas(String sti) throws Exception {
        ObjectNode rot = (ObjectNode) JSON.readTree(
                "{\"pasient\": {\"telefon\": \"123\"}, \"diagnoser\": [{\"kode\": \"T90\"}]}");
        ObjectNode bilde = rot.deepCopy();

        ObjectNode ny = SvarDokument.med(rot, JsonStier.peker(sti), TextNode.valueOf("x"));

        assertThat(rot).isEqualTo(bilde);
        assertThat(ny.at(sti).asText()).isEqualTo("x");
        assertThat(ny).isNotEqualTo(bilde);
    }
}
