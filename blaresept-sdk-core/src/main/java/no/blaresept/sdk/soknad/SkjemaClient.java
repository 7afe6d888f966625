package no.blaresept.sdk.soknad;

import java.util.concurrent.CompletableFuture;

/**
 * The schema service ({@code /api/blaresept/soknad/getSoknadSkjema}), scope
 * {@code hdir:blareseptsoknad/regel}. Get it from {@code BlareseptClient#skjema()}. Idempotent:
 * retried on transient failures. Futures complete on the client's executor.
 *
 * <p>Thread-safe: share one instance.
 */
public interface SkjemaClient {

    /**
     * Fetches the current application schema (F-4.1).
     *
     * @return the schema and its version
     * @throws no.blaresept.sdk.error.BlareseptException when the call fails
     */
    SoknadSkjema hent();

    /**
     * Fetches one published version of the schema, e.g. to compare it with the current one (F-4.2).
     *
     * @param versjon the version wanted
     * @return the schema
     * @throws no.blaresept.sdk.error.NotFoundException when no such version is published
     */
    SoknadSkjema hent(Skjemaversjon versjon);

    /** {@link #hent()} without blocking. */
    CompletableFuture<SoknadSkjema> hentAsync();

    /** {@link #hent(Skjemaversjon)} without blocking. */
    CompletableFuture<SoknadSkjema> hentAsync(Skjemaversjon versjon);
}
