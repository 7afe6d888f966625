package no.blaresept.schema;

import static no.blaresept.schema.TestJson.json;
import static no.blaresept.schema.TestJson.modell;
import static no.blaresept.schema.TestJson.svar;
import static no.blaresept.testsupport.Testfiler.docx;
import static no.blaresept.testsupport.Testfiler.docxMedNuller;
import static no.blaresept.testsupport.Testfiler.pdf;
import static no.blaresept.testsupport.Testfiler.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Live validation of one field (F-2.10): a stable code per rule, Norwegian text, no value in the message. */
class ValideringTest {

    @ParameterizedTest(name = "{0} with {1} gives {2}")
    @CsvSource(delimiter = '|', value = {
        "{'type': 'integer'}                    | '\"tolv\"'          | TYPE",
        "{'type': 'number', 'minimum': 1}       | 0                   | FOR_LAV",
        "{'type': 'number', 'exclusiveMinimum': 1} | 1                | FOR_LAV",
        "{'type': 'number', 'maximum': 10}      | 11                  | FOR_HOY",
        "{'type': 'number', 'exclusiveMaximum': 10} | 10              | FOR_HOY",
        "{'type': 'number', 'multipleOf': 0.5}  | 0.3                 | IKKE_MULTIPPEL",
        "{'type': 'string', 'minLength': 3}     | '\"ab\"'            | FOR_KORT",
        "{'type': 'string', 'maxLength': 3}     | '\"abcd\"'          | FOR_LANG",
        "{'type': 'string', 'pattern': '^[0-9]{11}$'} | '\"123\"'     | MONSTER",
        "{'type': 'string', 'format': 'date'}   | '\"2024-13-45\"'    | FORMAT",
        "{'type': 'string', 'format': 'date-time'} | '\"i går\"'      | FORMAT",
        "{'type': 'string', 'format': 'email'}  | '\"ikke-epost\"'    | FORMAT",
        "{'enum': ['A', 'B']}                   | '\"C\"'             | UGYLDIG_KODE",
        "{'const': 'A'}                         | '\"C\"'             | UGYLDIG_KODE",
        "{'oneOf': [{'const': 'A'}, {'const': 'B'}]} | '\"C\"'        | UGYLDIG_KODE",
        "{'anyOf': [{'type': 'string', 'maxLength': 1}, {'type': 'integer'}]} | '\"CC\"' | ALTERNATIV",
        "{'type': 'array', 'minItems': 2}       | '[1]'               | FOR_FAA",
        "{'type': 'array', 'maxItems': 1}       | '[1, 2]'            | FOR_MANGE",
        "{'type': 'array', 'uniqueItems': true} | '[1, 1]'            | DUPLIKAT",
        "{'type': 'object', 'properties': {'a': {}}, 'additionalProperties': false} | '{\"b\": 1}' | UKJENT_FELT",
        "{'type': 'string', 'not': {'const': 'X'}} | '\"X\"'           | ALTERNATIV"})
    void eachRuleHasItsCode(String feltskjema, String verdi, Feilkode kode) {
        SkjemaModell m = modell("{'properties': {'f': " + feltskjema + "}}");
        Svar s = Svar.empty().med("/f", json(verdi));

        assertThat(m.validerFelt(s, "/f")).singleElement().satisfies(f -> {
            assertThat(f.sti()).isEqualTo("/f");
            assertThat(f.kode()).isEqualTo(kode);
            assertThat(f.melding()).isEqualTo(kode.melding());
        });
        assertThat(m.validerFelt(Svar.empty(), "/f")).isEmpty();
    }

    @Test
    void missingRequiredFieldIsReportedAtTheFieldItself() {
        SkjemaModell m = modell("{'properties': {'a': {'type': 'string'}}, 'required': ['a']}");

        assertThat(m.validerFelt(Svar.empty(), "/a")).containsExactly(Valideringsfeil.of("/a", Feilkode.PAKREVD));
        assertThat(m.validerAlle(Svar.empty()).feil()).containsExactly(Valideringsfeil.of("/a", Feilkode.PAKREVD));
    }

    @Test
    void branchConstraintsApplyOnlyWhileTheBranchIsActive() {
        SkjemaModell m = modell("{'properties': {'h': {'type': 'string'}, 'dose': {'type': 'number'}},"
                + "'if': {'properties': {'h': {'const': 'barn'}}, 'required': ['h']},"
                + "'then': {'properties': {'dose': {'maximum': 10}}}}");

        assertThat(m.validerFelt(svar("{'h': 'barn', 'dose': 20}"), "/dose")).extracting(Valideringsfeil::kode)
                .containsExactly(Feilkode.FOR_HOY);
        assertThat(m.validerFelt(svar("{'h': 'voksen', 'dose': 20}"), "/dose")).isEmpty();
    }

    @Test
    void hiddenFieldsHaveNoErrors() {
        SkjemaModell m = SkjemaModell.of(Eksempelskjema.soknad());
        Svar s = svar("{'hjemmel': 'BRF_6', 'legemiddel': {'navn': 5}}");

        assertThat(m.validerFelt(s, "/legemiddel/navn")).isEmpty();
        assertThat(m.validerFelt(s.med("/hjemmel", TextNode.valueOf("BRF_3")), "/legemiddel/navn"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.TYPE);
    }

    @Test
    void messagesNeverContainTheValue() {
        SkjemaModell m = SkjemaModell.of(Eksempelskjema.soknad());
        Svar s = svar("{'pasient': {'fodselsnummer': '0101011234', 'telefon': 'Kari Nordmann 99'}}");

        assertThat(m.validerAlle(s).feil()).isNotEmpty().allSatisfy(f -> assertThat(f.melding())
                .doesNotContain("0101011234", "Kari"));
    }

    @Test
    void attachmentsAreJudgedByContentAndSize() {
        SkjemaModell m = modell("{'properties': {'fil': {'type': 'string', 'contentEncoding': 'base64'}}}");
        String pdf = base64(pdf());
        String docx = base64(docx());
        String zipUtenWord = base64(zip("[Content_Types].xml", "xl/workbook.xml"));
        String pdfUtenSlutt = base64("%PDF-1.7\nMZ".getBytes(StandardCharsets.US_ASCII));
        String zipbombe = base64(docxMedNuller(200L * 1024 * 1024, true));
        String exeMedPdfNavn = base64(new byte[] {'M', 'Z', 0, 0});
        String forStor = "A".repeat((int) (Vedleggskrav.BLARESEPT.maksBytes() / 3 * 4) + 8);

        assertThat(m.validerFelt(Svar.empty().med("/fil", TextNode.valueOf(pdf)), "/fil")).isEmpty();
        assertThat(m.validerFelt(Svar.empty().med("/fil", TextNode.valueOf(docx)), "/fil")).isEmpty();
        assertThat(m.validerFelt(Svar.empty().med("/fil", TextNode.valueOf(zipUtenWord)), "/fil"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.VEDLEGG_TYPE);
        assertThat(m.validerFelt(Svar.empty().med("/fil", TextNode.valueOf(exeMedPdfNavn)), "/fil"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.VEDLEGG_TYPE);
        assertThat(m.validerFelt(Svar.empty().med("/fil", TextNode.valueOf(pdfUtenSlutt)), "/fil"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.VEDLEGG_TYPE);
        assertThat(m.validerFelt(Svar.empty().med("/fil", TextNode.valueOf(zipbombe)), "/fil"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.VEDLEGG_TYPE);
        assertThat(m.validerFelt(Svar.empty().med("/fil", TextNode.valueOf(forStor)), "/fil"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.VEDLEGG_FOR_STORT);
        assertThat(m.validerFelt(Svar.empty().med("/fil", TextNode.valueOf("%%%ikke base64")), "/fil"))
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.FORMAT);
        assertThat(m.validerAlle(Svar.empty().med("/fil", TextNode.valueOf(exeMedPdfNavn))).feil())
                .extracting(Valideringsfeil::kode).containsExactly(Feilkode.VEDLEGG_TYPE);
    }

    @Test
    void sizeLimitIsInclusive() {
        byte[] akkurat = pdf();
        Vedleggskrav krav = new Vedleggskrav(akkurat.length, Vedleggskrav.BLARESEPT.tillatteTyper());
        byte[] over = java.util.Arrays.copyOf(akkurat, akkurat.length + 1);

        assertThat(krav.kontroller(akkurat)).isEmpty();
        assertThat(krav.kontroller(over)).contains(Feilkode.VEDLEGG_FOR_STORT);
        assertThat(krav.gjenkjenn(akkurat)).contains(Vedleggstype.PDF);
    }

    private static String base64(byte[] innhold) {
        return Base64.getEncoder().encodeToString(innhold);
    }
}
