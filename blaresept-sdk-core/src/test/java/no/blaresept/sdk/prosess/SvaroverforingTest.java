package no.blaresept.sdk.prosess;

import static no.blaresept.sdk.prosess.Overforingsstatus.BEHOLDT;
import static no.blaresept.sdk.prosess.Overforingsstatus.FJERNET;
import static no.blaresept.sdk.prosess.Overforingsstatus.MA_FYLLES_UT;
import static no.blaresept.sdk.prosess.Overforingsstatus.MA_VURDERES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import no.blaresept.schema.Eksempelskjema;
import no.blaresept.schema.Eksempelskjema.Del;
import no.blaresept.schema.Endringsklasse;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.Testdata;
import org.junit.jupiter.api.Test;

/** F-4.2 – F-4.4: answers given under the sample schema 1.0.0, carried to its minor (1.1.0) and major (2.0.0) successors. */
class SvaroverforingTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Half a form under 1.0.0: patient, prescription under § 3, one diagnosis, a remark. */
    static Svar halvtUtfylt() {
        return Svar.empty()
                .med("/hjemmel", TextNode.valueOf("BRF_3"))
                .med("/pasient/fodselsnummer", TextNode.valueOf(Testdata.FNR))
                .med("/pasient/fornavn", TextNode.valueOf("Kari"))
                .med("/pasient/etternavn", TextNode.valueOf("Nordmann"))
                .med("/pasient/telefon", TextNode.valueOf("+47 12345678"))
                .med("/pasient/hoyde", IntNode.valueOf(168))
                .med("/pasient/ammer", BooleanNode.TRUE)
                .med("/legemiddel/dosering", TextNode.valueOf("0,25 mg én gang i uken"))
                .med("/diagnoser", JSON.arrayNode().add(JSON.objectNode().put("kodeverk", "ICD-10").put("kode", "E11")))
                .med("/merknad", TextNode.valueOf("x".repeat(1500)));
    }

    private static final List<String> BESVART_UTEN_AMMER = List.of("/hjemmel", "/pasient/fodselsnummer", "/pasient/fornavn",
            "/pasient/etternavn", "/pasient/telefon", "/pasient/hoyde", "/legemiddel/dosering", "/diagnoser/0/kodeverk",
            "/diagnoser/0/kode", "/merknad");

    @Test
    void minorMovesTheAnswersDropsTheRemovedFieldAndListsTheNewOnes() {
        Svaroverforing o = Svaroverforing.of(Eksempelskjema.soknad(), Eksempelskjema.of(Del.SOKNAD_MINOR), halvtUtfylt());

        assertThat(o.endring().klassifisering()).isEqualTo(Endringsklasse.MINOR);
        assertThat(o.flyttet()).isTrue();
        assertThat(o.felter(BEHOLDT)).extracting(Feltoverforing::sti).containsExactlyInAnyOrderElementsOf(BESVART_UTEN_AMMER);
        assertThat(o.felter(FJERNET)).extracting(Feltoverforing::sti).containsExactly("/pasient/ammer");
        // The minor variant's new fields, each shown now and typed by the doctor (bidiagnose and indikasjon by branch).
        assertThat(o.felter(MA_FYLLES_UT)).extracting(Feltoverforing::sti).containsExactlyInAnyOrder("/pasient/bmi",
                "/legemiddel/indikasjon", "/tilleggsopplysninger/bidiagnose", "/erklaering/samtykkeInnhentet",
                "/erklaering/samtykkedato", "/merknadTilPasient");
        assertThat(o.felter(MA_VURDERES)).isEmpty();
        assertThat(o.svar()).isEqualTo(halvtUtfylt().uten("/pasient/ammer"));
        assertThat(o.forkastet()).isEqualTo(Svar.empty().med("/pasient/ammer", BooleanNode.TRUE));
    }

    @Test
    void majorLeavesTheAnswersUntouchedAndListsWhatTheDoctorMustLookAtAgain() {
        Svaroverforing o = Svaroverforing.of(Eksempelskjema.soknad(), Eksempelskjema.of(Del.SOKNAD_MAJOR), halvtUtfylt());

        assertThat(o.endring().klassifisering()).isEqualTo(Endringsklasse.MAJOR);
        assertThat(o.flyttet()).isFalse();
        assertThat(o.svar()).isEqualTo(halvtUtfylt());
        assertThat(o.forkastet()).isEqualTo(Svar.empty());
        // hoyde changed from integer to number: the answer is kept, but the doctor must confirm it.
        assertThat(o.felter(MA_VURDERES)).extracting(Feltoverforing::sti).containsExactly("/pasient/hoyde");
        assertThat(o.felter(FJERNET)).isEmpty();
        assertThat(o.felter(MA_FYLLES_UT)).extracting(Feltoverforing::sti)
                .containsExactlyInAnyOrder("/prioritet", "/verge/navn", "/verge/fodselsnummer");
        assertThat(o.felter(BEHOLDT)).extracting(Feltoverforing::sti).hasSize(BESVART_UTEN_AMMER.size())
                .contains("/pasient/ammer").doesNotContain("/pasient/hoyde");
    }

    @Test
    void aKeptAnswerThatNoLongerFitsANarrowedRuleNeedsInput() {
        ObjectNode smalere = (ObjectNode) Eksempelskjema.of(Del.SOKNAD_MINOR);
        ((ObjectNode) smalere.at("/properties/merknad")).put("maxLength", 1000);

        Svaroverforing o = Svaroverforing.of(Eksempelskjema.soknad(), smalere, halvtUtfylt());

        assertThat(o.flyttet()).isTrue();
        assertThat(o.felter(MA_FYLLES_UT)).extracting(Feltoverforing::sti).contains("/merknad");
        assertThat(o.svar().verdi("/merknad")).contains(TextNode.valueOf("x".repeat(1500)));
    }

    @Test
    void anAnswerThatWasAlreadyInvalidIsNotBlamedOnTheNewVersion() {
        Svar ugyldig = halvtUtfylt().med("/merknad", TextNode.valueOf("x".repeat(2500)));
        ObjectNode smalere = (ObjectNode) Eksempelskjema.of(Del.SOKNAD_MINOR);
        ((ObjectNode) smalere.at("/properties/merknad")).put("maxLength", 1000);

        assertThat(Svaroverforing.of(Eksempelskjema.soknad(), smalere, ugyldig).felter(MA_FYLLES_UT))
                .extracting(Feltoverforing::sti).doesNotContain("/merknad");
    }

    @Test
    void aFieldThatBecameRequiredNeedsInput() {
        ObjectNode krever = (ObjectNode) Eksempelskjema.of(Del.SOKNAD_MINOR);
        ((com.fasterxml.jackson.databind.node.ArrayNode) krever.at("/properties/pasient/required")).add("epost");

        assertThat(Svaroverforing.of(Eksempelskjema.soknad(), krever, halvtUtfylt()).felter(MA_FYLLES_UT))
                .extracting(Feltoverforing::sti).contains("/pasient/epost");
    }

    @Test
    void theSameVersionKeepsEverything() {
        JsonNode skjema = Eksempelskjema.soknad();

        Svaroverforing o = Svaroverforing.of(skjema, skjema, halvtUtfylt());

        assertThat(o.endring().klassifisering()).isEqualTo(Endringsklasse.NONE);
        assertThat(o.felter()).allMatch(f -> f.status() == BEHOLDT).hasSize(BESVART_UTEN_AMMER.size() + 1);
        assertThat(o.svar()).isEqualTo(halvtUtfylt());
    }

    @Test
    void toStringShowsCountsButNoAnswer() {
        String tekst = Svaroverforing.of(Eksempelskjema.soknad(), Eksempelskjema.of(Del.SOKNAD_MINOR), halvtUtfylt()).toString()
                + Svaroverforing.of(Eksempelskjema.soknad(), Eksempelskjema.of(Del.SOKNAD_MINOR), halvtUtfylt()).felter();

        assertThat(tekst).doesNotContain(Testdata.FNR).doesNotContain("Nordmann").doesNotContain("E11")
                .contains("1.0.0 → 1.1.0").contains("FJERNET=1");
    }

    @Test
    void nullArgumentsNameTheParameter() {
        assertThatThrownBy(() -> Svaroverforing.of(Eksempelskjema.soknad(), null, Svar.empty())).hasMessage("nyttSkjema");
    }
}
