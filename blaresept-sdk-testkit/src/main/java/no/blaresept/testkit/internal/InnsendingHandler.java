package no.blaresept.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.internal.Soknadsregister.Innsendt;
import no.blaresept.testkit.internal.Soknadsregister.Soknad;
import no.blaresept.testkit.internal.Soknadsregister.Steg;

/**
 * Answers application handling: valider checks the complete answers against the schema (and the
 * attachments against their declared type), send submits once — a second send of the same
 * application is a 409, as duplicates must be avoided — and status reports a sent application by its
 * reference. Thread-safe: an application is moved to SENT atomically.
 */
final class InnsendingHandler {

    private final Soknadsregister register;
    private final Scenariovalg valg;
    private final Skjemakatalog katalog;
    /** One validator per version, built when a version first becomes current: most mocks never move. */
    private final Map<String, Skjemavalidator> validatorer = new ConcurrentHashMap<>();

    InnsendingHandler(Soknadsregister register, Scenariovalg valg, Skjemakatalog katalog) {
        this.register = register;
        this.valg = valg;
        this.katalog = katalog;
    }

    Response valider(Anrop anrop) {
        Soknad soknad = utfylt(anrop);
        List<Problem.Feil> feil = feil(anrop);
        boolean forretningsfeil = valg.valgt(soknad.fodselsnummer(), ApiEndpoint.VALIDER).isPresent();
        if (forretningsfeil) {
            feil.add(new Problem.Feil("/diagnoser/0/kode", "DIAGNOSE_GIR_IKKE_REFUSJON",
                    "Diagnosen gir ikke rett til stønad for legemiddelet etter den valgte hjemmelen. "
                            + "Velg en annen diagnose eller hjemmel."));
        }
        ObjectNode svar = Response.objekt().put("gyldig", feil.isEmpty());
        if (!feil.isEmpty()) {
            feil.forEach(f -> svar.withArray("feil").add(f.somJson()));
        }
        return forretningsfeil ? Response.ok(svar).withUtfall(Scenario.VALIDER_FEIL.name()) : Response.ok(svar);
    }

    Response send(Anrop anrop) {
        Soknad soknad = utfylt(anrop);
        List<Problem.Feil> feil = feil(anrop);
        if (!feil.isEmpty()) {
            return Problem.svar(Problem.Type.UGYLDIG_SKJEMADATA,
                    "Søknaden oppfyller ikke skjemaet; kall valider for detaljer.", feil);
        }
        Scenario scenario = valg.velg(soknad.fodselsnummer(), ApiEndpoint.SEND, Scenario.INNVILGET);
        if (!anrop.tekst("/skjemaversjon").equals(katalog.gjeldendeVersjon())) {
            scenario = Scenario.SEND_AVVISNING;
        }
        if (register.flytt(soknad.soknadId(), Steg.DEL3,
                scenario == Scenario.SEND_AVVISNING ? Steg.AVVIST : Steg.SENDT).isEmpty()) {
            return Problem.svar(Problem.Type.TILSTANDSKONFLIKT,
                    "Søknaden ble endret av et samtidig kall; slå den opp.");
        }
        ObjectNode svar = Response.objekt().put("utfall", scenario.utfall());
        if (scenario == Scenario.SEND_AVVISNING) {
            svar.set("meldinger", Testdata.meldinger(Testdata.melding("UTGATT_SKJEMAVERSJON",
                    "Skjemaversjonen søknaden er fylt ut i, er ikke lenger gyldig. Hent gjeldende skjema "
                            + "og fyll ut søknaden på nytt.")));
            return Response.ok(svar).withUtfall(scenario.name());
        }
        String ref = register.nyReferanse();
        svar.put("soknadsreferanse", ref);
        String status = switch (scenario) {
            case INNVILGET -> {
                svar.set("kvittering", Testdata.kvittering(soknad.hjemmel(), soknad.produkt()));
                yield "INNVILGET";
            }
            case AVSLAG -> {
                svar.set("avslagsgrunner", Testdata.avslagsgrunner());
                yield "AVSLAG";
            }
            case MANUELL_SAKSBEHANDLING -> {
                svar.set("meldinger", Testdata.meldinger(Testdata.melding("MANUELL_SAKSBEHANDLING",
                        "Søknaden er sendt til manuell saksbehandling hos Helfo. Pasienten får svar i brev. "
                                + "Ta vare på søknadsreferansen for å sjekke status.")));
                yield "UNDER_BEHANDLING";
            }
            default -> {
                svar.set("meldinger", Testdata.meldinger(Testdata.melding("TIL_KONTROLL",
                        "Søknaden er tatt ut til stikkprøvekontroll.")));
                yield "UNDER_BEHANDLING";
            }
        };
        register.registrerInnsendt(new Innsendt(ref, soknad, status, Instant.now()));
        return Response.ok(svar).withUtfall(scenario.name());
    }

    Response status(Anrop anrop) {
        String ref = anrop.sti().substring(ApiEndpoint.STATUS.path().length());
        Innsendt innsendt = register.innsendt(ref).orElseThrow(() -> Problem.avbrudd(
                Problem.Type.IKKE_FUNNET, "Ingen søknad har denne søknadsreferansen."));
        ObjectNode svar = Response.objekt()
                .put("soknadsreferanse", ref)
                .put("status", innsendt.status())
                .put("sistEndret", innsendt.tidspunkt().truncatedTo(ChronoUnit.SECONDS).toString());
        if (innsendt.status().equals("INNVILGET")) {
            svar.set("kvittering", Testdata.kvittering(innsendt.soknad().hjemmel(), innsendt.soknad().produkt()));
        } else if (innsendt.status().equals("AVSLAG")) {
            svar.set("avslagsgrunner", Testdata.avslagsgrunner());
        }
        return Response.ok(svar).withUtfall("STATUS_" + innsendt.status());
    }

    /** The application named by the body, which must have been through del3 and not be sent. */
    private Soknad utfylt(Anrop anrop) {
        String soknadId = anrop.tekst("/soknadId");
        Soknad soknad = register.finn(soknadId).orElseThrow(() -> Problem.avbrudd(Problem.Type.TILSTANDSKONFLIKT,
                "Ingen søknad har denne soknadId; start den med del1."));
        if (soknad.steg() == Steg.SENDT) {
            throw Problem.avbrudd(Problem.Type.ALLEREDE_SENDT,
                    "Søknaden er allerede sendt; slå opp status i stedet for å sende på nytt.");
        }
        if (soknad.steg() != Steg.DEL3) {
            throw Problem.avbrudd(Problem.Type.TILSTANDSKONFLIKT, "Søknaden er i steg " + soknad.steg()
                    + "; den må ha vært gjennom del3.");
        }
        return soknad;
    }

    private Skjemavalidator validator() {
        return validatorer.computeIfAbsent(katalog.gjeldendeVersjon(), v -> new Skjemavalidator(katalog.komplett()));
    }

    private List<Problem.Feil> feil(Anrop anrop) {
        anrop.tekst("/skjemaversjon");
        Skjemavalidator validator = validator();
        List<Problem.Feil> feil = new ArrayList<>(validator.valider(anrop.objekt("/skjemadata")));
        JsonNode vedlegg = anrop.json().path("vedlegg");
        for (int i = 0; i < vedlegg.size(); i++) {
            anrop.merk(Flytlogg.VEDLEGG);
            if (!validator.vedleggsfelt(vedlegg.get(i).path("felt").asText(""))) {
                anrop.merk(Flytlogg.VEDLEGG_FEIL);
                feil.add(new Problem.Feil("/vedlegg/" + i + "/felt", "VEDLEGG_FELT_UKJENT",
                        "Vedlegget hører ikke til et vedleggsfelt i skjemaet."));
            }
            Vedleggskontroll.sjekk(vedlegg.get(i), "/vedlegg/" + i).ifPresent(f -> {
                anrop.merk(Flytlogg.VEDLEGG_FEIL);
                feil.add(f);
            });
        }
        return feil;
    }
}
