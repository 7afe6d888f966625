package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Realistic synthetic content for answers: drug names for common ATC codes, decisions, receipts and
 * the texts that go with them, in Norwegian as Helfo would write them. Stateless and thread-safe.
 */
final class Testdata {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final Map<String, String> PREPARATER = Map.of(
            "A10BJ06", "Ozempic (semaglutid)",
            "L04AB04", "Humira (adalimumab)",
            "N06BA04", "Ritalin (metylfenidat)",
            "R03DX05", "Xolair (omalizumab)",
            "B01AF01", "Xarelto (rivaroksaban)",
            "M05BX04", "Prolia (denosumab)",
            "A16AX07", "Orfadin (nitisinon)");

    private Testdata() {
    }

    static LocalDate idag() {
        return LocalDate.now(OSLO);
    }

    /** The product as the client sent it, with a name filled in when the mock knows the ATC code. */
    static ObjectNode produktMedNavn(JsonNode produkt) {
        ObjectNode kopi = produkt.deepCopy();
        String navn = PREPARATER.get(produkt.path("atcKode").asText(""));
        if (!kopi.has("navn") && navn != null) {
            kopi.put("navn", navn);
        }
        return kopi;
    }

    static ObjectNode melding(String kode, String tekst) {
        return Response.objekt().put("kode", kode).put("tekst", tekst);
    }

    static ArrayNode meldinger(ObjectNode... meldinger) {
        ArrayNode liste = Response.JSON.createArrayNode();
        for (ObjectNode m : meldinger) {
            liste.add(m);
        }
        return liste;
    }

    /** A valid decision for the product; with {@code dokumentreferanse}, its letter must be read. */
    static ObjectNode vedtak(String vedtaksId, String hjemmel, JsonNode produkt,
                             java.util.Optional<String> dokumentreferanse) {
        ObjectNode v = Response.objekt()
                .put("vedtaksId", vedtaksId)
                .put("hjemmel", hjemmel);
        v.set("produkt", produktMedNavn(produkt));
        v.put("gyldigFra", idag().minusMonths(3).toString())
                .put("gyldigTil", idag().plusMonths(9).toString())
                .put("innhold", "Individuell stønad til legemiddelet på blå resept etter "
                        + hjemmeltekst(hjemmel) + ".");
        v.putArray("vilkar")
                .add("Forskrives av spesialist i indremedisin eller ved sykehusavdeling.")
                .add("Effekten skal vurderes etter seks måneder.");
        v.putArray("tekster").add(Response.objekt()
                .put("overskrift", "Refusjonsvilkår")
                .put("tekst", "Vedtaket gjelder bare for pasienten og preparatet som er nevnt. "
                        + "Apoteket må få oppgitt vedtaksnummeret ved utlevering."));
        v.put("maLeseVedtaksdokument", dokumentreferanse.isPresent());
        dokumentreferanse.ifPresent(ref -> v.put("dokumentreferanse", ref));
        return v;
    }

    /** The structured receipt of a granted application (F-3.6) with its texts (F-3.7). */
    static ObjectNode kvittering(String hjemmel, JsonNode produkt) {
        ObjectNode k = Response.objekt().put("hjemmel", hjemmel);
        k.set("produkt", produktMedNavn(produkt));
        k.put("gyldigFra", idag().toString())
                .put("gyldigTil", idag().plusYears(1).toString())
                .put("innhold", "Søknaden om individuell stønad er innvilget etter " + hjemmeltekst(hjemmel)
                        + ". Pasienten får vedtaksbrev fra Helfo.");
        k.putArray("vilkar").add("Stønaden gjelder i ett år fra vedtaksdato.");
        k.putArray("tekster").add(Response.objekt()
                .put("overskrift", "Til legen")
                .put("tekst", "Skriv resepten på blå resept med refusjonshjemmel «" + hjemmelkode(hjemmel)
                        + "». Pasienten betaler egenandel."));
        return k;
    }

    static ArrayNode avslagsgrunner() {
        return meldinger(
                melding("VILKAR_IKKE_OPPFYLT", "Vilkåret om at annen behandling skal være forsøkt først, "
                        + "er ikke oppfylt."),
                melding("MANGLER_DOKUMENTASJON", "Søknaden mangler dokumentasjon på effekt av "
                        + "tidligere behandling."));
    }

    static String hjemmeltekst(String hjemmel) {
        return switch (hjemmel) {
            case "BLARESEPTFORSKRIFTEN_3" -> "blåreseptforskriften § 3";
            case "BLARESEPTFORSKRIFTEN_6" -> "blåreseptforskriften § 6";
            case "FOLKETRYGDLOVEN_5_25" -> "folketrygdloven § 5-25";
            default -> hjemmel;
        };
    }

    private static String hjemmelkode(String hjemmel) {
        return switch (hjemmel) {
            case "BLARESEPTFORSKRIFTEN_3" -> "§3";
            case "BLARESEPTFORSKRIFTEN_6" -> "§6";
            default -> "yrkesskade";
        };
    }
}
