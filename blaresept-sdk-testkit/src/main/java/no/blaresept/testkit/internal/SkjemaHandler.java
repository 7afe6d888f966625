package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.internal.Soknadsregister.Soknad;
import no.blaresept.testkit.internal.Soknadsregister.Steg;

/**
 * Answers the form calls: del1 starts an application and returns part 1 with prefilled data ({@link Forhandsutfylling}); del2
 * and del3 check the answers to the previous part and return the next. Each part may be a form, a
 * warning with the form, a rejection or an unknown outcome, as the scenario says. del2 and del3 may
 * be repeated (the SDK retries them), but not taken before their predecessor (409). Also serves
 * getSoknadSkjema. Thread-safe.
 */
final class SkjemaHandler {

    private final Soknadsregister register;
    private final Scenariovalg valg;
    private final Skjemakatalog katalog;
    private final List<Skjemavalidator> validatorer;

    SkjemaHandler(Soknadsregister register, Scenariovalg valg, Skjemakatalog katalog) {
        this.register = register;
        this.valg = valg;
        this.katalog = katalog;
        this.validatorer = List.of(new Skjemavalidator(katalog.del(1)), new Skjemavalidator(katalog.del(2)));
    }

    Response del1(Anrop anrop) {
        String fnr = anrop.fodselsnummer();
        String hjemmel = anrop.tekst("/hjemmel");
        JsonNode produkt = anrop.objekt("/produkt");
        anrop.tekst("/produkt/produkttype");
        Scenario scenario = valg.velg(fnr, ApiEndpoint.DEL1, Scenario.SKJEMA);
        if (scenario == Scenario.SKJEMA_AVVISNING || scenario == Scenario.SKJEMA_UKJENT_UTFALL) {
            return utenSkjema(scenario);
        }
        Soknad soknad = register.start(fnr, hjemmel, produkt);
        return medSkjema(scenario, soknad, 1, Forhandsutfylling.del1(fnr, hjemmel, produkt, katalog.gjeldendeVersjon()));
    }

    Response del2(Anrop anrop) {
        return nesteDel(anrop, ApiEndpoint.DEL2, 2);
    }

    Response del3(Anrop anrop) {
        return nesteDel(anrop, ApiEndpoint.DEL3, 3);
    }

    Response skjema(Anrop anrop) {
        String versjon = anrop.query("versjon").orElse(katalog.gjeldendeVersjon());
        Optional<JsonNode> skjema = katalog.publisert(versjon);
        if (skjema.isEmpty()) {
            return Problem.svar(Problem.Type.IKKE_FUNNET, "Ingen publisert skjemaversjon " + versjon + ".");
        }
        ObjectNode svar = Response.objekt().put("skjemaversjon", versjon);
        svar.set("skjema", skjema.get());
        return Response.ok(svar);
    }

    /** del2 answers part 1 (needs del1 done), del3 part 2 (needs del2 done); repeats are allowed. */
    private Response nesteDel(Anrop anrop, ApiEndpoint endepunkt, int nummer) {
        String soknadId = anrop.tekst("/soknadId");
        String versjon = anrop.tekst("/skjemaversjon");
        JsonNode data = anrop.objekt("/skjemadata");
        Steg forrige = Steg.values()[nummer - 2];
        Steg denne = Steg.values()[nummer - 1];
        Soknad soknad = register.finn(soknadId).orElseThrow(() -> Problem.avbrudd(Problem.Type.TILSTANDSKONFLIKT,
                "Ingen søknad har denne soknadId; start den med del1."));
        if (soknad.steg() != forrige && soknad.steg() != denne) {
            return Problem.svar(Problem.Type.TILSTANDSKONFLIKT, "Søknaden er i steg " + soknad.steg() + "; "
                    + endepunkt.path() + " krever steg " + forrige + ".");
        }
        if (!versjon.equals(katalog.gjeldendeVersjon())) {
            return Problem.svar(Problem.Type.UGYLDIG_FORESPORSEL, "skjemaversjon " + versjon
                    + " er ikke gjeldende versjon " + katalog.gjeldendeVersjon() + ".");
        }
        List<Problem.Feil> feil = validatorer.get(nummer - 2).valider(data);
        if (!feil.isEmpty()) {
            return Problem.svar(Problem.Type.UGYLDIG_SKJEMADATA,
                    "Svarene på del " + (nummer - 1) + " oppfyller ikke skjemaet.", feil);
        }
        Scenario scenario = valg.velg(soknad.fodselsnummer(), endepunkt, Scenario.SKJEMA);
        if (scenario == Scenario.SKJEMA_AVVISNING || scenario == Scenario.SKJEMA_UKJENT_UTFALL) {
            register.flytt(soknadId, soknad.steg(), Steg.AVVIST);
            return utenSkjema(scenario);
        }
        register.flytt(soknadId, forrige, denne);
        return medSkjema(scenario, soknad, nummer, data.deepCopy());
    }

    private Response medSkjema(Scenario scenario, Soknad soknad, int del, JsonNode skjemadata) {
        ObjectNode svar = Response.objekt().put("utfall", scenario.utfall())
                .put("soknadId", soknad.soknadId())
                .put("skjemaversjon", katalog.gjeldendeVersjon());
        svar.putRawValue("skjema", katalog.delSomJson(del));
        svar.set("skjemadata", skjemadata);
        if (scenario == Scenario.SKJEMA_VARSEL) {
            svar.set("meldinger", Testdata.meldinger(Testdata.melding("TIDLIGERE_AVSLAG",
                    "Pasienten har fått avslag på en søknad for samme legemiddel de siste tolv månedene. "
                            + "Legg ved ny dokumentasjon.")));
        }
        return Response.ok(svar).withUtfall(scenario.name());
    }

    private static Response utenSkjema(Scenario scenario) {
        ObjectNode svar = Response.objekt().put("utfall", scenario.utfall());
        svar.set("meldinger", Testdata.meldinger(scenario == Scenario.SKJEMA_AVVISNING
                ? Testdata.melding("IKKE_SOKNADSPLIKTIG", "Legemiddelet kan forskrives på blå resept etter "
                        + "§ 4 uten søknad (forhåndsgodkjent refusjon). Søknaden avvises.")
                : Testdata.melding("MIDLERTIDIG", "Skjemaet er midlertidig utilgjengelig for dette legemiddelet.")));
        return Response.ok(svar).withUtfall(scenario.name());
    }
}
