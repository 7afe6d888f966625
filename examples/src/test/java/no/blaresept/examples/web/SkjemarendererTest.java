package no.blaresept.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import org.junit.jupiter.api.Test;

class SkjemarendererTest {
    private final SkjemaModell modell = Testskjema.modell();

    private String html(Svar svar) {
        return Skjemarenderer.felter(modell, svar, Map.of("/antall", List.of("Må være et heltall.")));
    }

    @Test
    void schemaTextsAreEscapedNeverMarkup() {
        String html = html(Svar.empty());
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;");
    }

    @Test
    void oneInputPerFieldType() {
        String html = html(Svar.empty());
        assertThat(html).contains("<textarea id=\"" + Html.id("/merknad") + "\"")
                .contains("id=\"" + Html.id("/vekt") + "\" name=\"/vekt\" value=\"\" type=\"text\" inputmode=\"decimal\"")
                .contains("Fra 0,3 til 400.")
                .contains("name=\"/antall\" value=\"\" type=\"text\" inputmode=\"numeric\"")
                .contains("type=\"date\"")
                .contains("<select id=\"" + Html.id("/svar") + "\"").contains("<option value=\"NEI\">Nei</option>")
                .contains("<option value=\"2\">2</option>")
                .contains("list=\"l" + Html.id("/lang") + "\"><datalist")
                .contains("Kode fra ICD-10 (OID 7110).")
                .contains("type=\"radio\" id=\"" + Html.id("/tolk") + "-true\" name=\"/tolk\" value=\"true\"")
                .contains("<details class=\"hjelp\"><summary>").contains("Lang hjelp")
                .contains("value=\"legg-til /liste\"");
    }

    @Test
    void prefilledReadOnlyFieldsAreNotRendered() {
        assertThat(html(Svar.empty().med("/fnr", TextNode.valueOf("12857840060")))).doesNotContain("/fnr").doesNotContain("12857840060");
    }

    @Test
    void conditionalFieldIsRenderedHiddenUntilItsBranchIsActive() {
        assertThat(html(Svar.empty())).contains("data-sti=\"/sprak\" hidden>");
        String aktiv = html(Svar.empty().med("/tolk", BooleanNode.TRUE));
        assertThat(aktiv).contains("data-sti=\"/sprak\">").contains("aria-required=\"true\"");
    }

    @Test
    void errorsStandNextToTheirFieldAndMarkItInvalid() {
        String html = html(Svar.empty());
        String id = Html.id("/antall");
        assertThat(html).contains("aria-describedby=\"h" + id + " e" + id + "\" aria-invalid=\"true\"")
                .contains("<p class=\"feil\" id=\"e" + id + "\">Må være et heltall.</p>");
    }

    @Test
    void listItemsHaveRemoveButtonsAndTheAddButtonGoesAtMaxItems() {
        Svar toRader = Svar.empty().med("/liste/0/filnavn", TextNode.valueOf("a.pdf")).med("/liste/1/filnavn", TextNode.valueOf("b.pdf"));
        String html = html(toRader);
        assertThat(html).contains("value=\"fjern /liste/0\"").contains("value=\"fjern /liste/1\"")
                .doesNotContain("value=\"legg-til /liste\"")
                .contains("type=\"file\"").contains("Tillatte filtyper: PDF, DOCX. Høyst 15 MB per fil.");
    }

    @Test
    void idsAreDistinctAndSafeForAnyPath() {
        assertThat(Html.id("/a/b")).isNotEqualTo(Html.id("/a_b")).matches("[A-Za-z0-9_]+");
        assertThat(Html.id("/æ ø/\"'<")).matches("[A-Za-z0-9_]+");
    }
}
