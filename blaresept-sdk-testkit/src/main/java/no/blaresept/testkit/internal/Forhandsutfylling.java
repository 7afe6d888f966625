package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The answers del1 prefills, as the real service would from the population register, the HelseID
 * token and the lookup: patient (number and a synthetic name), sender (doctor and practice),
 * legal basis and product. What remains for the doctor at part 1 is e.g. the dosage. Stateless and
 * thread-safe.
 */
final class Forhandsutfylling {

    private static final List<String[]> NAVN = List.of(
            new String[] {"Kari", "Testesen"}, new String[] {"Ola", "Prøvemann"},
            new String[] {"Synnøve", "Syntetisk"}, new String[] {"Per", "Dummysen"});

    private Forhandsutfylling() {
    }

    /** Part 1's prefilled answers for the patient, legal basis (contract code) and product. */
    static ObjectNode del1(String fodselsnummer, String hjemmel, JsonNode produkt, String versjon) {
        ObjectNode data = Response.objekt().put("skjemaversjon", versjon);
        String[] navn = NAVN.get(Math.floorMod(fodselsnummer.hashCode(), NAVN.size()));
        data.putObject("pasient").put("fodselsnummer", fodselsnummer).put("fornavn", navn[0]).put("etternavn", navn[1]);
        ObjectNode avsender = data.putObject("avsender");
        avsender.putObject("lege").put("hprNummer", "9144889").put("fornavn", "Lege").put("etternavn", "Legesen");
        avsender.putObject("virksomhet").put("organisasjonsnummer", "999888777").put("navn", "Testbyen legesenter");
        data.put("hjemmel", skjemakode(hjemmel));
        ObjectNode medNavn = Testdata.produktMedNavn(produkt);
        if ("NAERINGSMIDDEL".equals(produkt.path("produkttype").asText())) {
            ObjectNode n = data.putObject("naeringsmiddel");
            n.put("produktnavn", medNavn.path("navn").asText("Næringsmiddel"));
            kopier(medNavn, n, "varenummer");
        } else {
            ObjectNode l = data.putObject("legemiddel");
            l.put("navn", medNavn.path("navn").asText("Legemiddel"));
            kopier(medNavn, l, "atcKode");
            kopier(medNavn, l, "varenummer");
        }
        return data;
    }

    /** The form's code for a legal basis, from the contract's. */
    static String skjemakode(String hjemmel) {
        return switch (hjemmel) {
            case "BLARESEPTFORSKRIFTEN_6" -> "BRF_6";
            case "FOLKETRYGDLOVEN_5_25" -> "FTRL_5_25";
            default -> "BRF_3";
        };
    }

    private static void kopier(JsonNode fra, ObjectNode til, String felt) {
        if (fra.hasNonNull(felt)) {
            til.put(felt, fra.get(felt).asText());
        }
    }
}
