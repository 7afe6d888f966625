package no.blaresept.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

// region::imports
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import no.blaresept.schema.Eksempelskjema;
import no.blaresept.schema.Felt;
import no.blaresept.schema.FeltTilstand;
import no.blaresept.schema.SkjemaModell;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Valideringsfeil;
import no.blaresept.schema.Valideringsresultat;
// end::imports
import org.junit.jupiter.api.Test;

/** The snippet of docs/schema.md, run on the sample schema. */
class SchemaDocTest {

    private final List<String> rendered = new ArrayList<>();

    private void render(Felt felt, boolean pakrevd) {
        rendered.add(felt.sti() + (pakrevd ? " *" : ""));
    }

    @Test
    void usingTheModel() {
        JsonNode schemaJson = Eksempelskjema.soknad();
        // region::model
        SkjemaModell modell = SkjemaModell.of(schemaJson);           // once per schema version; share it
        // or SkjemaModell.parse(schemaText): also refuses a key written twice in one object
        Svar svar = Svar.empty();
        svar = modell.oppdater(svar, "/hjemmel", TextNode.valueOf("BRF_3"));   // stale branch values removed
        for (FeltTilstand t : modell.tilstand(svar).synlige()) {
            if (t.felt().krevesManuellInput()) { render(t.felt(), t.pakrevd()); }   // F-2.6: hide prefilled fields
        }
        List<Valideringsfeil> feil = modell.validerFelt(svar, "/legemiddel/dosering");  // on each keystroke (F-2.10)
        Valideringsresultat alt = modell.validerAlle(svar);            // before valider/send
        JsonNode tilInnsending = modell.rens(svar).json();             // what the SDK sends
        // end::model

        assertThat(rendered).isNotEmpty();
        assertThat(feil).isNotNull();
        assertThat(alt.gyldig()).isFalse();
        assertThat(tilInnsending.path("hjemmel").asText()).isEqualTo("BRF_3");
    }
}
