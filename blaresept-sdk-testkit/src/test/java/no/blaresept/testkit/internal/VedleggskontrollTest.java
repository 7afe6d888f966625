package no.blaresept.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import no.blaresept.testsupport.Testfiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mock judges an attachment as the service would (F-4.7): by content, against its declared mimetype. */
class VedleggskontrollTest {

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @ParameterizedTest(name = "{0} declared as {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "pdf         | " + PDF + "   | ",
        "docx        | " + DOCX + "  | ",
        "pdf         | " + DOCX + "  | /vedlegg/0/mimetype FEIL_FILTYPE",
        "docx        | " + PDF + "   | /vedlegg/0/mimetype FEIL_FILTYPE",
        "xlsx        | " + DOCX + "  | /vedlegg/0/mimetype FEIL_FILTYPE",
        "to-navn     | " + DOCX + "  | /vedlegg/0/mimetype FEIL_FILTYPE",
        "zipbombe    | " + DOCX + "  | /vedlegg/0/mimetype FEIL_FILTYPE",
        "pdf-uten-slutt | " + PDF + " | /vedlegg/0/mimetype FEIL_FILTYPE",
        "avkuttet-docx | " + DOCX + " | /vedlegg/0/mimetype FEIL_FILTYPE",
        "gif         | " + PDF + "   | /vedlegg/0/mimetype FEIL_FILTYPE",
        "pdf         | image/png     | /vedlegg/0/mimetype FEIL_FILTYPE",
        "ikke-base64 | " + PDF + "   | /vedlegg/0/innhold UGYLDIG_BASE64",
        "for-stor    | " + PDF + "   | /vedlegg/0/innhold FOR_STORT",
    })
    void judgesTheContentAgainstTheDeclaredType(String fil, String mimetype, String forventet) {
        ObjectNode vedlegg = JsonNodeFactory.instance.objectNode().put("mimetype", mimetype).put("innhold", innhold(fil));

        Optional<String> feil = Vedleggskontroll.sjekk(vedlegg, "/vedlegg/0").map(f -> f.sti() + " " + f.kode());

        assertThat(feil).isEqualTo(Optional.ofNullable(forventet));
    }

    private static String innhold(String fil) {
        byte[] pdf = Testfiler.pdf();
        return switch (fil) {
            case "pdf" -> base64(pdf);
            case "docx" -> base64(Testfiler.docx());
            case "xlsx" -> base64(Testfiler.zip("[Content_Types].xml", "xl/workbook.xml"));
            case "to-navn" -> base64(Testfiler.zip("[Content_Types].xml", "word/document.xml"));
            case "zipbombe" -> base64(Testfiler.docxMedNuller(200L * 1024 * 1024, true));
            case "pdf-uten-slutt" -> base64("%PDF-1.7\nMZ".getBytes(StandardCharsets.US_ASCII));
            case "avkuttet-docx" -> base64(Testfiler.avkuttet(Testfiler.docx(), 200));
            case "gif" -> base64("GIF89a".getBytes(StandardCharsets.US_ASCII));
            case "ikke-base64" -> "%%%";
            case "for-stor" -> base64(Testfiler.pdf(15 * 1024 * 1024 + 1));
            default -> throw new IllegalArgumentException(fil);
        };
    }

    private static String base64(byte[] innhold) {
        return Base64.getEncoder().encodeToString(innhold);
    }
}
