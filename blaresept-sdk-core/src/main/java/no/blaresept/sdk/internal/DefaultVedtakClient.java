package no.blaresept.sdk.internal;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.internal.http.Exchange;
import no.blaresept.sdk.internal.http.FileDownload;
import no.blaresept.sdk.internal.http.HttpEngine;
import no.blaresept.sdk.internal.http.HttpEngine.Operation;
import no.blaresept.sdk.internal.http.RequestBody;
import no.blaresept.sdk.internal.wire.Endpoint;
import no.blaresept.sdk.internal.wire.VedtakWire;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import no.blaresept.sdk.vedtak.VedtakClient;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.sdk.vedtak.Vedtaksdokument;
import no.blaresept.sdk.vedtak.Vedtaksdokumentfil;

/** {@link VedtakClient} over the engine. Thread-safe. */
public final class DefaultVedtakClient implements VedtakClient {

    private static final String PDF = "application/pdf";

    private final HttpEngine engine;

    /** Creates the client. */
    public DefaultVedtakClient(HttpEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public VedtakSokResultat sok(Forskrivning forskrivning) {
        return engine.run(sok0(forskrivning));
    }

    @Override
    public CompletableFuture<VedtakSokResultat> sokAsync(Forskrivning forskrivning) {
        return engine.runAsync(sok0(forskrivning));
    }

    @Override
    public Vedtaksdokument hentVedtaksdokument(Dokumentreferanse referanse) {
        return engine.run(dokument(referanse));
    }

    @Override
    public CompletableFuture<Vedtaksdokument> hentVedtaksdokumentAsync(Dokumentreferanse referanse) {
        return engine.runAsync(dokument(referanse));
    }

    @Override
    public Vedtaksdokumentfil hentVedtaksdokument(Dokumentreferanse referanse, Path fil) {
        return engine.run(dokumentfil(referanse, fil));
    }

    @Override
    public CompletableFuture<Vedtaksdokumentfil> hentVedtaksdokumentAsync(Dokumentreferanse referanse, Path fil) {
        return engine.runAsync(dokumentfil(referanse, fil));
    }

    private static Operation<VedtakSokResultat> sok0(Forskrivning forskrivning) {
        Objects.requireNonNull(forskrivning, "forskrivning");
        return new Operation<>(Exchange.postJson(Endpoint.VEDTAK_SOK, RequestBody.json(VedtakWire.forskrivning(forskrivning))),
                response -> VedtakWire.sokResultat(response.body()));
    }

    private static Operation<Vedtaksdokument> dokument(Dokumentreferanse referanse) {
        return new Operation<>(dokumentExchange(referanse), response -> VedtakWire.dokument(response.body(),
                response.mediaType(), response.header("Content-Disposition")));
    }

    private static Operation<Vedtaksdokumentfil> dokumentfil(Dokumentreferanse referanse, Path fil) {
        Exchange exchange = dokumentExchange(referanse);
        FileDownload download = FileDownload.to(fil);
        return new Operation<>(exchange, download, response -> {
            FileDownload.Received received = download.received();
            String filnavn = VedtakWire.dokumentfilnavn(received.length(), response.header("Content-Disposition"));
            return new Vedtaksdokumentfil(download.moveIntoPlace(), filnavn, response.mediaType(), received.length(),
                    received.sha256());
        });
    }

    private static Exchange dokumentExchange(Dokumentreferanse referanse) {
        Objects.requireNonNull(referanse, "referanse");
        String query = Endpoint.DOKUMENTREFERANSE_PARAM + "=" + Query.encode(referanse.value());
        return new Exchange(Endpoint.VEDTAKSDOKUMENT, "", query, null, PDF);
    }
}
