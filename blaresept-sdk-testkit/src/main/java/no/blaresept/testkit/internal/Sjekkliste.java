package no.blaresept.testkit.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import no.blaresept.testkit.Ovingsrapport.Utfallsdekning;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.Testpasient;
import no.blaresept.testkit.internal.Flytlogg.Hendelse;

/**
 * The rehearsal checklist: every outcome scenario, every status-lookup outcome and every fault preset,
 * in the order an approval test goes through them (lookup, form, validation, submission, status,
 * faults), with the synthetic test patient or the programming that reaches each, and how often the
 * EPJ met it. Stateless.
 */
final class Sjekkliste {

    private static final String FAULT = "FAULT_";
    private static final String PROGRAMMER = "program it: POST /__blaresept/fault {\"endepunkt\":\"SEND\",\"preset\":\"%s\"}"
            + " or mock.fault(ApiEndpoint.SEND, FaultPreset.%s)";

    private Sjekkliste() {
    }

    static List<Utfallsdekning> tell(List<Hendelse> hendelser) {
        List<Utfallsdekning> liste = new ArrayList<>();
        for (Scenario s : Scenario.values()) {
            liste.add(linje(s.name(), pasient(s), hendelser));
        }
        liste.add(linje("STATUS_UNDER_BEHANDLING", pasient(Scenario.MANUELL_SAKSBEHANDLING)
                + ", then GET status by the reference", hendelser));
        liste.add(linje("STATUS_INNVILGET", pasient(Scenario.INNVILGET) + ", then GET status by the reference"
                + " (or decide a manual case: POST /__blaresept/avgjor)", hendelser));
        liste.add(linje("STATUS_AVSLAG", pasient(Scenario.AVSLAG) + ", then GET status by the reference", hendelser));
        fault(liste, "LATENCY", "latency(Duration.ofSeconds(30))", hendelser);
        fault(liste, "STATUS_500", "serverError()", hendelser);
        fault(liste, "STATUS_503", "unavailable(Duration.ofSeconds(1))", hendelser);
        fault(liste, "STATUS_429", "tooManyRequests(Duration.ofSeconds(1))", hendelser);
        fault(liste, "CONNECTION_RESET", "connectionReset()", hendelser);
        fault(liste, "TRUNCATED_BODY", "truncatedBody()", hendelser);
        fault(liste, "MALFORMED_JSON", "malformedJson()", hendelser);
        return liste;
    }

    private static void fault(List<Utfallsdekning> liste, String navn, String preset, List<Hendelse> hendelser) {
        long antall = hendelser.stream().filter(h -> h.fault().filter(navn::equals).isPresent()).count();
        liste.add(new Utfallsdekning(FAULT + navn, String.format(PROGRAMMER, navn, preset), Math.toIntExact(antall)));
    }

    private static Utfallsdekning linje(String utfall, String hvordan, List<Hendelse> hendelser) {
        return new Utfallsdekning(utfall, hvordan, Math.toIntExact(hendelser.stream().filter(h -> h.utfall(utfall)).count()));
    }

    /** The well-known patient that selects the scenario; the happy-path patient for the normal answers. */
    private static String pasient(Scenario s) {
        Optional<Testpasient> p = Arrays.stream(Testpasient.values()).filter(t -> t.scenario() == s).findFirst();
        Testpasient t = p.orElse(Testpasient.INGEN_VEDTAK);
        return "Testpasient." + t + " " + t.fodselsnummer() + " (" + t.beskrivelse() + ")"
                + (p.isEmpty() ? "; " + s + " is the normal answer" : "");
    }
}
