package no.blaresept.testkit.internal;

import java.util.List;
import java.util.Optional;
import no.blaresept.testkit.ApiAccessCheck;
import no.blaresept.testkit.ApiEndpoint;

/**
 * Turns one request to an API endpoint into its answer, like MockWebServer's dispatcher: the method
 * must fit the endpoint, the access check must allow the call, a correlation id must be present, and
 * then the endpoint's handler answers. Thread-safe: the handlers are, and the access check is
 * swapped atomically.
 */
final class Dispatcher {

    /** An answer and, when the handler read it, the call as the handler saw it. */
    record Behandling(Response svar, Optional<Anrop> anrop) { }

    private final VedtakHandler vedtak;
    private final SkjemaHandler skjema;
    private final InnsendingHandler innsending;
    private final Skjemakatalog katalog;
    private volatile ApiAccessCheck accessCheck;

    Dispatcher(Soknadsregister register, Scenariovalg valg, ApiAccessCheck accessCheck) {
        this.katalog = Skjemakatalog.lastStandard();
        this.vedtak = new VedtakHandler(register, valg);
        this.skjema = new SkjemaHandler(register, valg, katalog);
        this.innsending = new InnsendingHandler(register, valg, katalog);
        this.accessCheck = accessCheck;
    }

    /** See {@link Skjemakatalog#gjeldende(String)}. */
    void skjemaversjon(String versjon) {
        katalog.gjeldende(versjon);
    }

    /** Back to the first schema version. */
    void nullstill() {
        katalog.nullstill();
    }

    void accessCheck(ApiAccessCheck check) {
        this.accessCheck = check;
    }

    Behandling besvar(Foresporsel f, ApiEndpoint e) {
        if (!e.method().equals(f.metode())) {
            return uten(Problem.svar(Problem.Type.METODE, e.path() + " svarer bare på " + e.method() + "."));
        }
        ApiAccessCheck.Decision decision = accessCheck.check(
                new ApiAccessCheck.ApiCall(f.metode(), f.url(), f.headers(), e.scope()));
        if (decision instanceof ApiAccessCheck.Decision.Deny deny) {
            return uten(avvist(deny, e));
        }
        if (f.correlationId().isEmpty()) {
            return uten(Problem.svar(Problem.Type.UGYLDIG_FORESPORSEL,
                    "Headeren " + Foresporsel.CORRELATION_ID + " er påkrevd."));
        }
        Anrop anrop = anrop(f);
        return new Behandling(handler(e, anrop), Optional.of(anrop));
    }

    /** The call as handlers (and the rehearsal record) read it. */
    static Anrop anrop(Foresporsel f) {
        return new Anrop(f.sti(), f::query, f.body());
    }

    private Response handler(ApiEndpoint e, Anrop anrop) {
        try {
            return switch (e) {
                case VEDTAK_SOK -> vedtak.sok(anrop);
                case VEDTAKSDOKUMENT -> vedtak.dokument(anrop);
                case DEL1 -> skjema.del1(anrop);
                case DEL2 -> skjema.del2(anrop);
                case DEL3 -> skjema.del3(anrop);
                case VALIDER -> innsending.valider(anrop);
                case SEND -> innsending.send(anrop);
                case STATUS -> innsending.status(anrop);
                case SKJEMA -> skjema.skjema(anrop);
            };
        } catch (Anrop.Avbrudd avbrudd) {
            return avbrudd.svar();
        }
    }

    /** 403 when the token lacks the endpoint's scope, otherwise 401 (or the check's 400). */
    private static Response avvist(ApiAccessCheck.Decision.Deny deny, ApiEndpoint e) {
        Response svar = deny.status() == 403
                ? Problem.svar(Problem.Type.MANGLER_SCOPE, "Tokenet mangler scopet " + e.scope().value() + ".")
                : Problem.svar(Problem.Type.IKKE_AUTENTISERT, deny.status(),
                        "Forespørselens access token eller DPoP-bevis ble ikke godtatt.", List.of());
        Response medUtfordring = svar.withHeader("WWW-Authenticate", deny.wwwAuthenticate());
        return deny.dpopNonce().map(n -> medUtfordring.withHeader("DPoP-Nonce", n)).orElse(medUtfordring);
    }

    private static Behandling uten(Response svar) {
        return new Behandling(svar, Optional.empty());
    }
}
