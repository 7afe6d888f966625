package no.blaresept.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import no.blaresept.testsupport.pii.PiiFunn;
import no.blaresept.testsupport.pii.PiiMarkers;
import org.junit.jupiter.api.Test;

/**
 * Personal data in, none out (schema): answers holding a fødselsnummer and a patient's name in every
 * field, in the wrong types and as field paths, and schemas naming a fødselsnummer as a property, give
 * results, states and exceptions whose {@code toString()} and messages hold no {@link PiiMarkers}. Log
 * records are scanned by the shared log scan around every schema test.
 */
class PiiScanTest {

    private static final String FNR = PiiMarkers.FODSELSNUMMER.get(0);
    private static final List<JsonNode> VERDIER = List.of(TextNode.valueOf(FNR), TextNode.valueOf("Kari Nordmann " + FNR),
            JsonNodeFactory.instance.numberNode(Long.parseLong(FNR)),
            JsonNodeFactory.instance.objectNode().put(FNR, "Kari Nordmann"),
            JsonNodeFactory.instance.arrayNode().add(FNR).add("Kari"));

    @Test
    void answersHoldingPersonalDataLeaveNoneInResultsOrExceptions() {
        SkjemaModell modell = SkjemaModell.of(Eksempelskjema.soknad());
        PiiFunn funn = new PiiFunn();
        for (Felt felt : modell.felter()) {
            for (JsonNode verdi : VERDIER) {
                Svar svar = Svar.empty().med(felt.sti(), verdi);
                funn.kall("validerFelt " + felt.sti(), () -> modell.validerFelt(svar, felt.sti()));
                funn.kall("validerAlle", () -> modell.validerAlle(svar));
                funn.kall("validerFeltvis", () -> modell.validerFeltvis(svar));
                funn.kall("tilstand", () -> modell.tilstand(svar));
                funn.kall("rens", () -> modell.rens(svar));
                funn.kall("oppdater", () -> modell.oppdater(Svar.empty(), felt.sti(), verdi));
                funn.verdi("svar", svar);
            }
        }
        // Paths are the caller's own text; one holding a fødselsnummer is masked wherever it is echoed.
        for (String sti : List.of("/" + FNR, "/pasient/" + FNR, "/vedlegg/" + FNR + "/0", FNR)) {
            funn.kall("validerFelt " + sti, () -> modell.validerFelt(Svar.empty(), sti));
            funn.kall("oppdater " + sti, () -> modell.oppdater(Svar.empty(), sti, TextNode.valueOf(FNR)));
            funn.kall("kodeverk " + sti, () -> modell.kodeverk(Svar.empty(), sti));
            funn.kall("felt " + sti, () -> modell.felt(sti));
            funn.kall("med " + sti, () -> Svar.empty().med(sti, TextNode.valueOf(FNR)));
        }
        funn.ingenTreff("schema answers");
    }

    @Test
    void schemasNamingAFodselsnummerLeaveItOutOfTheirErrors() {
        PiiFunn funn = new PiiFunn();
        for (String skjema : List.of(
                "{'properties': {'" + FNR + "': {'type': 'string'}, '" + FNR + "': {'type': 'string'}}}",
                "{'properties': {'a': {'$ref': '#/definitions/" + FNR + "'}}}",
                "{'properties': {'" + FNR + "': {'type': 'nonsense'}}}",
                "{'properties': {'" + FNR + "': {'pattern': '(" + FNR + "'}}}",
                "{'properties': {'" + FNR + "': {'minLength': -1}}}",
                "{'properties': {'" + FNR + "': ")) {
            funn.kall("les", () -> SkjemaModell.parse(skjema.replace('\'', '"')));
        }
        SkjemaModell modell = SkjemaModell.parse("{\"properties\": {\"" + FNR + "\": {\"type\": \"integer\"}}}");
        Svar svar = Svar.empty().med("/" + FNR, TextNode.valueOf("Kari Nordmann"));
        funn.kall("validerAlle", () -> modell.validerAlle(svar));
        funn.kall("tilstand", () -> modell.tilstand(svar));
        funn.kall("validerFelt", () -> modell.validerFelt(svar, "/" + FNR));
        funn.kall("the error", () -> new SkjemaException(SkjemaFeilkode.values()[0], "/" + FNR, "").feil());
        funn.verdi("modell", modell);
        funn.ingenTreff("schema texts");
    }
}
