package no.blaresept.sdk.vedtak;

import java.util.concurrent.CompletableFuture;
import no.blaresept.sdk.Forskrivning;

/**
 * The decision lookup service ({@code /api/blaresept/vedtak/*}), scope
 * {@code hdir:blareseptsoknad/vedtakssporring}. Get it from {@code BlareseptClient#vedtak()}.
 *
 * <p>Both calls are idempotent and retried on transient failures as the client's retry policy says.
 * Each has a blocking form and a {@link CompletableFuture} form; the futures complete on the
 * client's executor and fail with the same {@link no.blaresept.sdk.error.BlareseptException}s the
 * blocking form throws.
 *
 * <p>Thread-safe: share one instance.
 */
public interface VedtakClient {

    /**
     * Asks whether the patient already holds a valid decision for the product (F-0.1, F-1.1).
     *
     * @param forskrivning patient, legal basis, product and optional diagnosis
     * @return one of the outcomes; never an exception for an outcome, known or not
     * @throws no.blaresept.sdk.error.BlareseptException when the call fails (see the subclasses)
     */
    VedtakSokResultat sok(Forskrivning forskrivning);

    /** {@link #sok(Forskrivning)} without blocking. */
    CompletableFuture<VedtakSokResultat> sokAsync(Forskrivning forskrivning);

    /**
     * Fetches a decision letter that must be read (F-1.6).
     *
     * @param referanse the reference from {@link Vedtak#vedtaksdokument()}
     * @return the document with its file name
     * @throws no.blaresept.sdk.error.NotFoundException when the service knows no such document
     */
    Vedtaksdokument hentVedtaksdokument(Dokumentreferanse referanse);

    /** {@link #hentVedtaksdokument(Dokumentreferanse)} without blocking. */
    CompletableFuture<Vedtaksdokument> hentVedtaksdokumentAsync(Dokumentreferanse referanse);
}
