package no.blaresept.sdk.prosess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.util.List;
import no.blaresept.schema.Eksempelskjema;
import no.blaresept.schema.Svar;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.prosess.ProsesstilstandException.Kode;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The saved process state: its JSON round-trips, and every refusal names where and never what. */
class ProsesstilstandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHA = "ab".repeat(32);
    private static final String DOSERING = "0,25 mg hemmelig dosering";

    static Prosesstilstand midtIUtfyllingen() {
        Skjemadel del = new Skjemadel(new SoknadId("SOK-12345678"), new Skjemaversjon("1.0.0"),
                Eksempelskjema.of(Eksempelskjema.Del.DEL2),
                Svar.empty().med("/pasient/fodselsnummer", TextNode.valueOf(Testdata.FNR)));
        return new Prosesstilstand(Testdata.forskrivning(), Prosesssteg.DEL3, del,
                Svar.empty().med("/legemiddel/dosering", TextNode.valueOf(DOSERING)),
                List.of(new Vedleggsreferanse("/vedlegg/0/innhold", URI.create("file:///journal/Kari%20Nordmann.pdf"), SHA)),
                new Soknadsreferanse("BRS-2026-000123"));
    }

    @Test
    void roundTripsThroughJsonWithEveryPart() {
        Prosesstilstand tilstand = midtIUtfyllingen();

        Prosesstilstand lest = Prosesstilstand.parse(tilstand.toJson());

        assertThat(lest).isEqualTo(tilstand);
        assertThat(lest.formatversjon()).isEqualTo(1);
        assertThat(lest.forskrivning()).isEqualTo(Testdata.forskrivning());
        assertThat(lest.svar().verdi("/legemiddel/dosering")).contains(TextNode.valueOf(DOSERING));
        assertThat(lest.vedlegg()).singleElement().satisfies(v -> assertThat(v.sha256()).isEqualTo(SHA));
        assertThat(lest.ukjentInnsending()).isFalse();
    }

    @Test
    void writesTheDocumentedShape() throws Exception {
        JsonNode json = JSON.readTree(midtIUtfyllingen().toJson());

        assertThat(json.path("formatversjon").intValue()).isEqualTo(1);
        assertThat(json.path("steg").textValue()).isEqualTo("DEL3");
        assertThat(json.at("/forskrivning/pasient").textValue()).isEqualTo(Testdata.FNR);
        assertThat(json.at("/forskrivning/produkt/atcKode").textValue()).isEqualTo("A10BJ06");
        assertThat(json.at("/skjemadel/skjemaversjon").textValue()).isEqualTo("1.0.0");
        assertThat(json.at("/skjemadel/skjema/properties").isObject()).isTrue();
        assertThat(json.at("/svar/legemiddel/dosering").textValue()).isEqualTo(DOSERING);
        assertThat(json.at("/vedlegg/0/felt").textValue()).isEqualTo("/vedlegg/0/innhold");
        assertThat(json.path("soknadsreferanse").textValue()).isEqualTo("BRS-2026-000123");
    }

    @Test
    void toStringShowsNoPatientDataNoAnswersNoFilePath() {
        String tekst = midtIUtfyllingen().toString() + midtIUtfyllingen().vedlegg();

        assertThat(tekst).doesNotContain(Testdata.FNR).doesNotContain("hemmelig").doesNotContain("Nordmann")
                .contains("DEL3").contains("SOK-12345678");
    }

    @Test
    void aFutureFormatVersionIsRefusedNamingWhatWasFoundAndWhatIsSupported() {
        ObjectNode fremtidig = json(midtIUtfyllingen()).put("formatversjon", 2);
        fremtidig.put("nyttFelt", "fra en nyere SDK");

        assertRefused(() -> Prosesstilstand.parse(fremtidig.toString()), "/formatversjon", Kode.UKJENT_FORMATVERSJON)
                .hasMessageContaining("formatversjon 2 was found").hasMessageContaining("formatversjon 1 only");
    }

    @Test
    void malformedTextIsRefusedWithItsPlaceButNotItsContent() {
        String hel = midtIUtfyllingen().toJson();
        String avkuttet = hel.substring(0, hel.indexOf(Testdata.FNR) + 11);

        assertRefused(() -> Prosesstilstand.parse(avkuttet), "", Kode.UGYLDIG_JSON).hasMessageContaining("line 1");
        assertRefused(() -> Prosesstilstand.parse("[]"), "", Kode.UGYLDIG_VERDI);
        assertRefused(() -> Prosesstilstand.parse(midtIUtfyllingen().toJson() + "{}"), "", Kode.UGYLDIG_JSON);
    }

    @Test
    void aKeyWrittenTwiceIsRefusedRatherThanOneWinning() {
        String tekst = midtIUtfyllingen().toJson().replaceFirst("\"steg\":\"DEL3\"", "\"steg\":\"DEL3\",\"steg\":\"INNSENDING\"");

        assertRefused(() -> Prosesstilstand.parse(tekst), "", Kode.UGYLDIG_JSON).hasMessageContaining("twice");
    }

    @Test
    void eachWrongValueIsRefusedAtItsJsonPointer() {
        assertRefusedAt("/forskrivning/pasient", Kode.UGYLDIG_VERDI, j -> ((ObjectNode) j.get("forskrivning"))
                .put("pasient", Testdata.FNR.substring(0, 10) + "9"));
        assertRefusedAt("/forskrivning/produkt/atcKode", Kode.UGYLDIG_VERDI,
                j -> ((ObjectNode) j.at("/forskrivning/produkt")).put("atcKode", "ikke atc"));
        assertRefusedAt("/forskrivning/diagnose/kode", Kode.UGYLDIG_VERDI,
                j -> ((ObjectNode) j.at("/forskrivning/diagnose")).put("kode", "e11 hemmelig"));
        assertRefusedAt("/steg", Kode.UGYLDIG_VERDI, j -> j.put("steg", "DEL9"));
        assertRefusedAt("/steg", Kode.MANGLER, j -> j.remove("steg"));
        assertRefusedAt("/formatversjon", Kode.MANGLER, j -> j.remove("formatversjon"));
        assertRefusedAt("/formatversjon", Kode.UGYLDIG_VERDI, j -> j.put("formatversjon", "1"));
        assertRefusedAt("/skjemadel/skjemaversjon", Kode.UGYLDIG_VERDI,
                j -> ((ObjectNode) j.get("skjemadel")).put("skjemaversjon", 1));
        assertRefusedAt("/skjemadel/soknadId", Kode.UGYLDIG_VERDI,
                j -> ((ObjectNode) j.get("skjemadel")).put("soknadId", "SOK-" + Testdata.FNR));
        assertRefusedAt("/skjemadel", Kode.MANGLER, j -> j.remove("skjemadel"));
        assertRefusedAt("/skjemadel", Kode.UGYLDIG_VERDI, j -> j.put("steg", "DEL1"));
        assertRefusedAt("/svar", Kode.UGYLDIG_VERDI, j -> j.put("svar", "hemmelig"));
        assertRefusedAt("/vedlegg/0/sha256", Kode.UGYLDIG_VERDI, j -> ((ObjectNode) j.at("/vedlegg/0")).put("sha256", "abc"));
        assertRefusedAt("/vedlegg/0/kilde", Kode.UGYLDIG_VERDI, j -> ((ObjectNode) j.at("/vedlegg/0")).put("kilde", "file:// mellomrom"));
        assertRefusedAt("/vedlegg/0/felt", Kode.UGYLDIG_VERDI, j -> ((ObjectNode) j.at("/vedlegg/0")).put("felt", "vedlegg"));
        assertRefusedAt("/soknadsreferanse", Kode.UGYLDIG_VERDI, j -> j.put("soknadsreferanse", "brs hemmelig"));
        assertRefusedAt("/forskrivning/produkt/farge", Kode.UKJENT_FELT,
                j -> ((ObjectNode) j.at("/forskrivning/produkt")).put("farge", "blå"));
    }

    @Test
    void aSchemaTheSchemaModuleRefusesIsRefusedAtTheSchema() {
        assertRefusedAt("/skjemadel/skjema", Kode.UGYLDIG_VERDI,
                j -> ((ObjectNode) j.at("/skjemadel/skjema")).put("type", 42));
    }

    @Test
    void deeplyNestedAnswersAreRefusedTypedNotWithAStackOverflow() {
        String dyp = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        String tekst = midtIUtfyllingen().toJson().replace("\"svar\":{", "\"svar\":{\"dyp\":" + dyp + ",");

        assertThatThrownBy(() -> Prosesstilstand.parse(tekst)).isInstanceOf(ProsesstilstandException.class);
    }

    @Test
    void aNumberBeyondADoubleIsRefusedAtItsPathNotByTheSchemaValidator() {
        String iSvar = midtIUtfyllingen().toJson().replace("\"svar\":{", "\"svar\":{\"stor\":1e999,");
        String iSkjema = midtIUtfyllingen().toJson()
                .replace("\"skjema\":{", "\"skjema\":{\"maxProperties\":-1e999,");

        assertRefused(() -> Prosesstilstand.parse(iSvar), "/svar/stor", Kode.UGYLDIG_VERDI);
        assertRefused(() -> Prosesstilstand.parse(iSkjema), "/skjemadel/skjema/maxProperties", Kode.UGYLDIG_VERDI);
    }

    @Test
    void nullArgumentsNameTheParameter() {
        assertThatThrownBy(() -> Prosesstilstand.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("json");
    }

    private static ObjectNode json(Prosesstilstand t) {
        try {
            return (ObjectNode) JSON.readTree(t.toJson());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertRefusedAt(String sti, Kode kode, java.util.function.Consumer<ObjectNode> endring) {
        ObjectNode j = json(midtIUtfyllingen());
        endring.accept(j);
        assertRefused(() -> Prosesstilstand.parse(j.toString()), sti, kode);
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
            ThrowingCallable lesing, String sti, Kode kode) {
        return assertThatThrownBy(lesing).isInstanceOfSatisfying(ProsesstilstandException.class, e -> {
            assertThat(e.sti()).as(e.getMessage()).isEqualTo(sti);
            assertThat(e.kode()).as(e.getMessage()).isEqualTo(kode);
            assertThat(e.getMessage()).doesNotContain(Testdata.FNR).doesNotContain("hemmelig").doesNotContain("Nordmann")
                    .doesNotContain(Testdata.FNR.substring(0, 6));
            assertThat(e.getCause()).isNull();
        });
    }
}
