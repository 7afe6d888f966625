package no.blaresept.sdk.soknad;

import java.util.concurrent.CompletableFuture;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.Forskrivning;

/**
 * The application services ({@code /api/blaresept/soknad/*}): the three form parts (scope
 * {@code hdir:blareseptsoknad/regel}), validation, submission and status (scope
 * {@code hdir:blareseptsoknad/soknad}). Get it from {@code BlareseptClient#soknad()}.
 *
 * <p>Call in order: {@link #del1} → {@link #del2} → {@link #del3} → {@link #valider} → {@link #send}
 * (F-0.2). Every call except {@code send} is idempotent and retried on transient failures.
 * {@code send} is never retried automatically: when its outcome is unknown it throws
 * {@link no.blaresept.sdk.error.SendOutcomeUnknownException} — look the application up before
 * sending again. Futures complete on the client's executor and fail with the same exceptions.
 *
 * <p>Thread-safe: share one instance.
 */
public interface SoknadClient {

    /**
     * Starts an application; returns the first form part (patient, sender, drugs) (F-2.1).
     *
     * @param forskrivning patient, legal basis, product and optional diagnosis
     * @return the form part, a warning with it, a rejection, or an unknown outcome
     */
    SkjemaResultat del1(Forskrivning forskrivning);

    /**
     * Sends the answers to part 1; returns part 2 (diagnoses, additional information) (F-2.1). The id and
     * version come from {@code del1}; its prefilled answers are sent under {@code svar} (a value of the
     * caller's wins), so {@code svar} may hold only what the doctor entered.
     *
     * @param del1 the part del1 returned
     * @param svar the answers to it
     */
    SkjemaResultat del2(Skjemadel del1, Svar svar);

    /**
     * Sends the answers to part 2; returns the complete form (F-2.1). Prefilled answers travel as in
     * {@link #del2(Skjemadel, Svar)}.
     *
     * @param del2 the part del2 returned
     * @param svar the answers to it
     */
    SkjemaResultat del3(Skjemadel del2, Svar svar);

    /**
     * Validates the completed application without sending it (F-3.1). The service's errors carry the same
     * codes ({@link no.blaresept.schema.Feilkode}) as the form model's own check; a code the form model does not
     * know (a business rule) becomes {@code ANNET}, and every error keeps the service's own code as
     * {@code regelkode()}.
     *
     * @return valid, or the errors per field
     */
    Valideringsresultat valider(Innsending innsending);

    /**
     * Submits the application (F-3.2). Never retried by the SDK.
     *
     * @return granted, refused, manual processing, rejected or an unknown outcome
     * @throws no.blaresept.sdk.error.SendOutcomeUnknownException when the request may have been received
     *                                                            but no readable answer came back
     * @throws no.blaresept.sdk.error.ServiceUnavailableException when the service certainly did not take it
     */
    SendResultat send(Innsending innsending);

    /**
     * Looks up an application sent to manual processing (F-3.8).
     *
     * @throws no.blaresept.sdk.error.NotFoundException when the service knows no such reference
     */
    SoknadStatus status(Soknadsreferanse soknadsreferanse);

    /** {@link #del1(Forskrivning)} without blocking. */
    CompletableFuture<SkjemaResultat> del1Async(Forskrivning forskrivning);

    /** {@link #del2(Skjemadel, Svar)} without blocking. */
    CompletableFuture<SkjemaResultat> del2Async(Skjemadel del1, Svar svar);

    /** {@link #del3(Skjemadel, Svar)} without blocking. */
    CompletableFuture<SkjemaResultat> del3Async(Skjemadel del2, Svar svar);

    /** {@link #valider(Innsending)} without blocking. */
    CompletableFuture<Valideringsresultat> validerAsync(Innsending innsending);

    /** {@link #send(Innsending)} without blocking; never retried either. */
    CompletableFuture<SendResultat> sendAsync(Innsending innsending);

    /** {@link #status(Soknadsreferanse)} without blocking. */
    CompletableFuture<SoknadStatus> statusAsync(Soknadsreferanse soknadsreferanse);
}
