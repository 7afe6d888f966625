package no.blaresept.testkit.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Scenario;
import no.blaresept.testkit.Testpasient;

/**
 * Which scenario answers a call: one programmed for the patient, else one programmed for everyone,
 * else the well-known test patient's own. (State — an application already sent — is consulted by
 * the decision lookup between the programmed and the well-known choice.) Thread-safe.
 */
final class Scenariovalg {

    private static final String ALLE = "*";

    private final Map<String, Scenario> programmert = new ConcurrentHashMap<>();

    void programmer(Optional<String> fodselsnummer, ApiEndpoint endepunkt, Scenario scenario) {
        if (!scenario.gjelder(endepunkt)) {
            throw new IllegalArgumentException("scenario " + scenario + " cannot answer " + endepunkt
                    + "; it answers " + scenario.endepunkter());
        }
        programmert.put(nokkel(fodselsnummer.orElse(ALLE), endepunkt), scenario);
    }

    /** The scenario a test programmed for this patient (or everyone) at this endpoint. */
    Optional<Scenario> programmert(String fodselsnummer, ApiEndpoint endepunkt) {
        Scenario s = programmert.get(nokkel(fodselsnummer, endepunkt));
        return Optional.ofNullable(s != null ? s : programmert.get(nokkel(ALLE, endepunkt)));
    }

    /** The well-known test patient's scenario, if the patient is one and it answers this endpoint. */
    static Optional<Scenario> testpasient(String fodselsnummer, ApiEndpoint endepunkt) {
        return Testpasient.of(fodselsnummer).map(Testpasient::scenario)
                .filter(s -> s.standardEndepunkt() == endepunkt);
    }

    /** Programmed, else the well-known patient's, if either applies. */
    Optional<Scenario> valgt(String fodselsnummer, ApiEndpoint endepunkt) {
        return programmert(fodselsnummer, endepunkt).or(() -> testpasient(fodselsnummer, endepunkt));
    }

    /** Programmed, else well-known patient, else the given default. */
    Scenario velg(String fodselsnummer, ApiEndpoint endepunkt, Scenario standard) {
        return valgt(fodselsnummer, endepunkt).orElse(standard);
    }

    void nullstill() {
        programmert.clear();
    }

    private static String nokkel(String fodselsnummer, ApiEndpoint endepunkt) {
        return fodselsnummer + "|" + endepunkt;
    }
}
