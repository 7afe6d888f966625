package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Scenario;

/**
 * Answers the decision lookup ({@code vedtak/sok}) and the decision letter
 * ({@code vedtak/getVedtaksdokument}). An application already sent for the patient and product
 * shows up here — in processing, or as the decision it was granted — unless a test programmed
 * another outcome. Thread-safe: state lives in the shared register.
 */
final class VedtakHandler {

    private final Soknadsregister register;
    private final Scenariovalg valg;

    VedtakHandler(Soknadsregister register, Scenariovalg valg) {
        this.register = register;
        this.valg = valg;
    }

    Response sok(Anrop anrop) {
        String fnr = anrop.fodselsnummer();
        String hjemmel = anrop.tekst("/hjemmel");
        JsonNode produkt = anrop.objekt("/produkt");
        anrop.tekst("/produkt/produkttype");
        Optional<Scenario> programmert = valg.programmert(fnr, ApiEndpoint.VEDTAK_SOK);
        if (programmert.isEmpty()) {
            Optional<Response> fraTilstand = register.sisteInnsendte(fnr, produkt).flatMap(i -> fraInnsendt(i, hjemmel));
            if (fraTilstand.isPresent()) {
                return fraTilstand.get();
            }
        }
        Scenario scenario = valg.velg(fnr, ApiEndpoint.VEDTAK_SOK, Scenario.INGEN_VEDTAK);
        ObjectNode svar = Response.objekt().put("utfall", scenario.utfall());
        switch (scenario) {
            case VEDTAK_FUNNET -> svar.putArray("vedtak")
                    .add(Testdata.vedtak(nyVedtaksId(), hjemmel, produkt, Optional.empty()));
            case VEDTAK_FUNNET_MA_LESE_DOKUMENT -> svar.putArray("vedtak")
                    .add(Testdata.vedtak(nyVedtaksId(), hjemmel, produkt, Optional.of(register.nyttDokument())));
            case INGEN_VEDTAK -> svar.set("meldinger", Testdata.meldinger(Testdata.melding("INGEN_VEDTAK",
                    "Pasienten har ingen gyldige vedtak om individuell stønad for dette legemiddelet. "
                            + "Du kan søke om stønad.")));
            case SOKNAD_TIL_BEHANDLING -> {
                svar.put("soknadsreferanse", register.registrerTilBehandling(fnr, hjemmel, produkt));
                svar.set("meldinger", Testdata.meldinger(Testdata.melding("SOKNAD_TIL_BEHANDLING",
                        "Det er allerede sendt en søknad for pasienten og legemiddelet. Den er under "
                                + "behandling hos Helfo.")));
            }
            case AVSLATT_SOKNAD -> svar.set("meldinger", avslattMelding());
            case VEDTAK_VARSEL -> svar.set("meldinger", Testdata.meldinger(Testdata.melding("UTLOPER_SNART",
                    "Pasienten har et vedtak for et legemiddel i samme ATC-gruppe som utløper om 14 dager. "
                            + "Vurder om ny søknad er nødvendig.")));
            case VEDTAK_AVVISNING -> svar.set("meldinger", Testdata.meldinger(Testdata.melding("H_RESEPT",
                    "Legemiddelet er et h-reseptlegemiddel som finansieres av de regionale helseforetakene. "
                            + "Det kan ikke søkes om individuell stønad på blå resept.")));
            default -> svar.set("meldinger", Testdata.meldinger(Testdata.melding("DELVIS",
                    "Vedtak er funnet for deler av forskrivningen.")));
        }
        return Response.ok(svar).withUtfall(scenario.name());
    }

    Response dokument(Anrop anrop) {
        String ref = anrop.query("dokumentreferanse")
                .orElseThrow(() -> Problem.avbrudd(Problem.Type.UGYLDIG_FORESPORSEL,
                        "Parameteren dokumentreferanse er påkrevd."));
        if (!register.harDokument(ref)) {
            return Problem.svar(Problem.Type.IKKE_FUNNET, "Intet vedtaksbrev har denne dokumentreferansen.");
        }
        return new Response(200, "application/pdf", Vedtaksbrev.pdf(ref),
                Map.of("Content-Disposition", "inline; filename=\"vedtaksbrev-" + ref + ".pdf\""));
    }

    private Optional<Response> fraInnsendt(Soknadsregister.Innsendt innsendt, String hjemmel) {
        ObjectNode svar = Response.objekt();
        Scenario scenario;
        switch (innsendt.status()) {
            case "UNDER_BEHANDLING" -> {
                scenario = Scenario.SOKNAD_TIL_BEHANDLING;
                svar.put("utfall", scenario.utfall()).put("soknadsreferanse", innsendt.soknadsreferanse());
            }
            case "AVSLAG" -> {
                scenario = Scenario.AVSLATT_SOKNAD;
                svar.put("utfall", scenario.utfall()).put("soknadsreferanse", innsendt.soknadsreferanse())
                        .set("meldinger", avslattMelding());
            }
            case "INNVILGET" -> {
                scenario = Scenario.VEDTAK_FUNNET;
                svar.put("utfall", scenario.utfall()).putArray("vedtak").add(Testdata.vedtak(
                        "V-" + innsendt.soknadsreferanse(), hjemmel, innsendt.soknad().produkt(), Optional.empty()));
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(Response.ok(svar).withUtfall(scenario.name()));
    }

    private static com.fasterxml.jackson.databind.node.ArrayNode avslattMelding() {
        return Testdata.meldinger(Testdata.melding("AVSLATT_SOKNAD", "Siste søknad for pasienten og produktet ble "
                + "avslått. Du kan søke på nytt hvis det er nye opplysninger."));
    }

    private String nyVedtaksId() {
        return "V-" + register.nyReferanse();
    }
}
