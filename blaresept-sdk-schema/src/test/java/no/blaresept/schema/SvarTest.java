package no.blaresept.schema;

import static no.blaresept.schema.TestJson.F;
import static no.blaresept.schema.TestJson.json;
import static no.blaresept.schema.TestJson.svar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvarTest {

    @Test
    void changesReturnNewAnswersAndLeaveTheOldUntouched() {
        Svar for_ = svar("{'pasient': {'telefon': '12345678'}}");
        Svar etter = for_.med("/pasient/epost", TextNode.valueOf("a@b.no"));

        assertThat(for_.harVerdi("/pasient/epost")).isFalse();
        assertThat(etter.verdi("/pasient/epost")).contains(TextNode.valueOf("a@b.no"));
        assertThat(etter.verdi("/pasient/telefon")).contains(TextNode.valueOf("12345678"));
        assertThat(etter.uten("/pasient/telefon").harVerdi("/pasient/telefon")).isFalse();
        assertThat(etter.harVerdi("/pasient/telefon")).isTrue();
    }

    @Test
    void inputAndOutputTreesAreCopies() {
        ObjectNode inn = (ObjectNode) json("{'a': {'b': 1}}");
        Svar s = Svar.of(inn);
        ((ObjectNode) inn.get("a")).put("b", 2);
        s.json().put("c", 3);
        ((ObjectNode) s.verdi("/a").orElseThrow()).put("b", 4);

        assertThat(s).isEqualTo(svar("{'a': {'b': 1}}"));
    }

    @Test
    void missingParentsBecomeObjectsOrListsByTheNextSegment() {
        Svar s = Svar.empty()
                .med("/diagnoser/-/kode", TextNode.valueOf("T90"))
                .med("/diagnoser/0/tekst", TextNode.valueOf("Diabetes"))
                .med("/diagnoser/1/kode", TextNode.valueOf("K86"))
                .med("/pasient/navn", TextNode.valueOf("Kari"));

        assertThat(s.json()).isEqualTo(json(
                "{'diagnoser': [{'kode': 'T90', 'tekst': 'Diabetes'}, {'kode': 'K86'}], 'pasient': {'navn': 'Kari'}}"));
        assertThat(s.antallVerdier()).isEqualTo(4);
    }

    @Test
    void toStringMasksEveryValue() {
        Svar s = svar("{'pasient': {'fodselsnummer': '01010112345', 'navn': 'Kari Nordmann'}}");

        assertThat(s.toString()).doesNotContain("01010112345", "Kari", "fodselsnummer").contains("2");
    }

    @Test
    void answersMustBeAnObject() {
        assertThatThrownBy(() -> Svar.of(json("[1, 2]")))
                .isInstanceOfSatisfying(SkjemaException.class,
                        e -> assertThat(e.kode()).isEqualTo(SkjemaFeilkode.UGYLDIG_SVAR));
    }

    @Test
    void deeplyNestedAnswersAreRejectedWithoutStackOverflow() {
        ObjectNode rot = F.objectNode();
        ObjectNode naa = rot;
        for (int i = 0; i < 100_000; i++) {
            naa = naa.putObject("a");
        }

        assertThatThrownBy(() -> Svar.of(rot))
                .isInstanceOfSatisfying(SkjemaException.class,
                        e -> assertThat(e.kode()).isEqualTo(SkjemaFeilkode.UGYLDIG_SVAR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pasient", "a/b", ""})
    void badPathsGiveTypedErrors(String sti) {
        assertThatThrownBy(() -> Svar.empty().med(sti, TextNode.valueOf("x")))
                .isInstanceOfSatisfying(SkjemaException.class,
                        e -> assertThat(e.kode()).isEqualTo(SkjemaFeilkode.UGYLDIG_STI));
    }

    @Test
    void pathThroughAScalarIsATypedError() {
        assertThatThrownBy(() -> svar("{'a': 'tekst'}").med("/a/b", TextNode.valueOf("x")))
                .isInstanceOfSatisfying(SkjemaException.class, e -> {
                    assertThat(e.kode()).isEqualTo(SkjemaFeilkode.UGYLDIG_STI);
                    assertThat(e.getMessage()).contains("/a/b").doesNotContain("tekst");
                });
    }

    @Test
    void equalAnswersAreEqual() {
        assertThat(svar("{'a': 1, 'b': [true]}")).isEqualTo(svar("{'b': [true], 'a': 1}"))
                .hasSameHashCodeAs(svar("{'b': [true], 'a': 1}"));
    }
}
