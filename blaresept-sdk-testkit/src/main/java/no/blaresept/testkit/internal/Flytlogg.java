package no.blaresept.testkit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Ovingsrapport;

/**
 * Records every API call the EPJ makes — what it carried and how the mock answered, tied to the
 * application and patient it belongs to — for the rehearsal report. Keeps what the rules need and
 * nothing more: no token, no form content; the fødselsnummer only to group calls by patient, and it
 * never leaves this package. Thread-safe: request threads append to a concurrent queue.
 */
final class Flytlogg {

    /** Note on a call that carried attachments. */
    static final String VEDLEGG = "VEDLEGG";
    /** Note on a call whose attachments broke the rules (type, size, encoding). */
    static final String VEDLEGG_FEIL = "VEDLEGG_FEIL";

    /**
     * One call as the rules see it.
     *
     * @param scopeRiktig whether the token held the endpoint's scope; empty when the token does not say
     * @param utfall      the outcome the answer stood for, or {@code problem:<type>} for a problem
     * @param fault       the fault preset that struck the answer
     */
    record Hendelse(Instant tid, ApiEndpoint endepunkt, Optional<String> correlationId, boolean userAgent,
                    boolean token, Optional<Boolean> scopeRiktig, int status, Optional<String> utfall,
                    Optional<String> fault, Optional<String> pasient, Optional<String> soknadId,
                    boolean vedlegg, boolean vedleggFeil) {

        boolean utfall(String navn) {
            return utfall.filter(navn::equals).isPresent();
        }

        /** Without the patient and the correlation id. */
        @Override
        public String toString() {
            return "Hendelse[" + tid + " " + endepunkt + " " + status + "]";
        }
    }

    private final Soknadsregister register;
    private final ConcurrentLinkedQueue<Hendelse> hendelser = new ConcurrentLinkedQueue<>();

    Flytlogg(Soknadsregister register) {
        this.register = register;
    }

    void registrer(Foresporsel f, ApiEndpoint e, Dispatcher.Behandling behandling, Optional<String> fault) {
        Optional<Anrop> anrop = behandling.anrop();
        Optional<String> soknadId = soknadId(e, f, anrop);
        Optional<String> pasient = e == ApiEndpoint.VEDTAK_SOK || e == ApiEndpoint.DEL1
                ? anrop.flatMap(a -> a.tekstHvisFinnes("/pasient/fodselsnummer"))
                : soknadId.flatMap(register::finn).map(Soknadsregister.Soknad::fodselsnummer);
        Optional<String> authorization = f.header("Authorization");
        hendelser.add(new Hendelse(f.tid(), e, f.correlationId(), f.header("User-Agent").isPresent(),
                authorization.filter(h -> h.startsWith("Bearer ") || h.startsWith("DPoP ")).isPresent(),
                Tokenscope.av(authorization).map(s -> s.contains(e.scope().value())),
                behandling.svar().status(), behandling.svar().utfall(), fault, pasient, soknadId,
                anrop.filter(a -> a.merket(VEDLEGG)).isPresent(), anrop.filter(a -> a.merket(VEDLEGG_FEIL)).isPresent()));
    }

    /** The report on everything recorded so far. */
    Ovingsrapport rapport() {
        return Ovingsdommer.doem(List.copyOf(hendelser));
    }

    void nullstill() {
        hendelser.clear();
    }

    /** The application a call belongs to: from the body, or for a status lookup from its reference. */
    private Optional<String> soknadId(ApiEndpoint e, Foresporsel f, Optional<Anrop> anrop) {
        if (e == ApiEndpoint.STATUS) {
            return register.innsendt(f.sti().substring(ApiEndpoint.STATUS.path().length()))
                    .map(i -> i.soknad().soknadId());
        }
        return anrop.flatMap(a -> a.tekstHvisFinnes("/soknadId"));
    }
}
