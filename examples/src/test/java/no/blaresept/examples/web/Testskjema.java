package no.blaresept.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import no.blaresept.schema.SkjemaModell;

/** A small schema with one field of each kind, a conditional branch, a list, an attachment and hostile texts. */
final class Testskjema {
    static final String FIENDTLIG = "<script>alert('x')</script>&\"";

    private Testskjema() {
    }

    static SkjemaModell modell() {
        StringBuilder langListe = new StringBuilder();
        for (int i = 0; i < Skjemarenderer.MAKS_VALG_I_NEDTREKK + 1; i++) {
            langListe.append(i == 0 ? "" : ",").append("{\"const\":\"K").append(i).append("\",\"title\":\"Kode ").append(i).append("\"}");
        }
        String skjema = """
                {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                 "properties": {
                   "fnr": {"type": "string", "title": "Fødselsnummer", "readOnly": true},
                   "navn": {"type": "string", "title": "TITTEL", "description": "BESKRIVELSE", "maxLength": 50},
                   "merknad": {"type": "string", "title": "Merknad", "maxLength": 2000},
                   "vekt": {"type": "number", "title": "Vekt", "minimum": 0.3, "maximum": 400},
                   "antall": {"type": "integer", "title": "Antall"},
                   "dato": {"type": "string", "format": "date", "title": "Dato"},
                   "svar": {"type": "string", "title": "Svar", "oneOf": [{"const": "JA", "title": "Ja"}, {"const": "NEI", "title": "Nei"}]},
                   "tall": {"type": "integer", "title": "Tallkode", "enum": [1, 2, 3]},
                   "lang": {"type": "string", "title": "Lang liste", "oneOf": [LANG]},
                   "icd": {"type": "string", "title": "Diagnose", "x-kodeverk": {"navn": "ICD-10", "oid": "7110"}},
                   "tolk": {"type": "boolean", "title": "Tolk"},
                   "liste": {"type": "array", "title": "Rader", "maxItems": 2,
                             "items": {"type": "object", "properties": {
                               "filnavn": {"type": "string", "title": "Filnavn"},
                               "fil": {"type": "string", "title": "Fil", "contentEncoding": "base64"}}}}
                 },
                 "required": ["navn"],
                 "dependencies": {"tolk": {"oneOf": [
                   {"properties": {"tolk": {"const": true}, "sprak": {"type": "string", "title": "Språk"}}, "required": ["sprak"]},
                   {"properties": {"tolk": {"const": false}}}]}}}
                """.replace("TITTEL", FIENDTLIG.replace("\"", "\\\"")).replace("BESKRIVELSE", "Lang hjelp").replace("LANG", langListe);
        try {
            JsonNode json = new ObjectMapper().readTree(skjema);
            return SkjemaModell.of(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
