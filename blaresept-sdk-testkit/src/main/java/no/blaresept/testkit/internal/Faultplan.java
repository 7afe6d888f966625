package no.blaresept.testkit.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;

/**
 * The faults programmed per endpoint: for the next N calls, or for every call. Thread-safe: taking a
 * fault for a call and counting it down is one atomic step per endpoint.
 */
final class Faultplan {

    /** A programmed fault; {@code gjenstaende} &lt; 0 means always. */
    private record Plan(FaultPreset fault, int gjenstaende) { }

    private final Map<ApiEndpoint, Plan> planer = new ConcurrentHashMap<>();

    void programmer(ApiEndpoint endepunkt, FaultPreset fault, int ganger) {
        planer.put(endepunkt, new Plan(fault, ganger));
    }

    /** Takes the fault for one call, counting it down; empty when none is programmed. */
    Optional<FaultPreset> ta(ApiEndpoint endepunkt) {
        FaultPreset[] tatt = new FaultPreset[1];
        planer.computeIfPresent(endepunkt, (e, p) -> {
            tatt[0] = p.fault();
            if (p.gjenstaende() < 0) {
                return p;
            }
            return p.gjenstaende() == 1 ? null : new Plan(p.fault(), p.gjenstaende() - 1);
        });
        return Optional.ofNullable(tatt[0]);
    }

    void nullstill() {
        planer.clear();
    }
}
