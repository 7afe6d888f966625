package no.blaresept.sdk.vedtak;

import java.nio.file.Path;
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
     * Fetches a decision letter that must be read (F-1.6) into memory; for a large letter prefer
     * {@link #hentVedtaksdokument(Dokumentreferanse, Path)}, which streams it into a file.
     *
     * @param referanse the reference from {@link Vedtak#vedtaksdokument()}
     * @return the document with its file name
     * @throws no.blaresept.sdk.error.NotFoundException when the service knows no such document
     */
    Vedtaksdokument hentVedtaksdokument(Dokumentreferanse referanse);

    /** {@link #hentVedtaksdokument(Dokumentreferanse)} without blocking. */
    CompletableFuture<Vedtaksdokument> hentVedtaksdokumentAsync(Dokumentreferanse referanse);

    /**
     * Fetches a decision letter that must be read (F-1.6) straight into a file, never holding it whole
     * in memory. Each attempt streams into a temporary file next to {@code fil}, counted against
     * {@code ResponseLimits#maxDocumentBytes()} as it arrives; only a whole letter that passed the
     * checks is moved to {@code fil} (atomically where the file system can), replacing a file there. A
     * failed fetch leaves {@code fil} as it was and no temporary file behind. Retries, the per-attempt
     * and the total timeout apply as to every call: a stalled or broken body is fetched again from the start.
     *
     * @param referanse the reference from {@link Vedtak#vedtaksdokument()}
     * @param fil       the file to write; its folder must exist
     * @return where the letter is, its file name, media type, size and SHA-256
     * @throws no.blaresept.sdk.error.InvalidInputException naming {@code fil} when its folder does not exist,
     *         it is a folder, or the letter could not be written there
     * @throws no.blaresept.sdk.error.UnexpectedResponseException when the letter is larger than the cap
     * @throws no.blaresept.sdk.error.NotFoundException when the service knows no such document
     */
    Vedtaksdokumentfil hentVedtaksdokument(Dokumentreferanse referanse, Path fil);

    /** {@link #hentVedtaksdokument(Dokumentreferanse, Path)} without blocking. */
    CompletableFuture<Vedtaksdokumentfil> hentVedtaksdokumentAsync(Dokumentreferanse referanse, Path fil);
}
