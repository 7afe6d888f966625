package no.blaresept.sdk.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import no.blaresept.schema.Svar;
import no.blaresept.schema.Valideringsresultat;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.internal.http.Exchange;
import no.blaresept.sdk.internal.http.HttpEngine;
import no.blaresept.sdk.internal.http.HttpEngine.Operation;
import no.blaresept.sdk.internal.http.RequestBody;
import no.blaresept.sdk.internal.wire.Endpoint;
import no.blaresept.sdk.internal.wire.InnsendingJson;
import no.blaresept.sdk.internal.wire.SoknadWire;
import no.blaresept.sdk.internal.wire.VedtakWire;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SendResultat;
import no.blaresept.sdk.soknad.SkjemaResultat;
import no.blaresept.sdk.soknad.Skjemadel;
import no.blaresept.sdk.soknad.SoknadClient;
import no.blaresept.sdk.soknad.SoknadStatus;
import no.blaresept.sdk.soknad.Soknadsreferanse;

/** {@link SoknadClient} over the engine. Thread-safe. */
public final class DefaultSoknadClient implements SoknadClient {

    private final HttpEngine engine;

    /** Creates the client. */
    public DefaultSoknadClient(HttpEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public SkjemaResultat del1(Forskrivning forskrivning) {
        return engine.run(del1Op(forskrivning));
    }

    @Override
    public SkjemaResultat del2(Skjemadel del1, Svar svar) {
        return engine.run(skjemaOp(Endpoint.DEL2, del1, svar));
    }

    @Override
    public SkjemaResultat del3(Skjemadel del2, Svar svar) {
        return engine.run(skjemaOp(Endpoint.DEL3, del2, svar));
    }

    @Override
    public Valideringsresultat valider(Innsending innsending) {
        return engine.run(validerOp(innsending));
    }

    @Override
    public SendResultat send(Innsending innsending) {
        return engine.run(sendOp(innsending));
    }

    @Override
    public SoknadStatus status(Soknadsreferanse soknadsreferanse) {
        return engine.run(statusOp(soknadsreferanse));
    }

    @Override
    public CompletableFuture<SkjemaResultat> del1Async(Forskrivning forskrivning) {
        return engine.runAsync(del1Op(forskrivning));
    }

    @Override
    public CompletableFuture<SkjemaResultat> del2Async(Skjemadel del1, Svar svar) {
        return engine.runAsync(skjemaOp(Endpoint.DEL2, del1, svar));
    }

    @Override
    public CompletableFuture<SkjemaResultat> del3Async(Skjemadel del2, Svar svar) {
        return engine.runAsync(skjemaOp(Endpoint.DEL3, del2, svar));
    }

    @Override
    public CompletableFuture<Valideringsresultat> validerAsync(Innsending innsending) {
        return engine.runAsync(validerOp(innsending));
    }

    @Override
    public CompletableFuture<SendResultat> sendAsync(Innsending innsending) {
        return engine.runAsync(sendOp(innsending));
    }

    @Override
    public CompletableFuture<SoknadStatus> statusAsync(Soknadsreferanse soknadsreferanse) {
        return engine.runAsync(statusOp(soknadsreferanse));
    }

    private static Operation<SkjemaResultat> del1Op(Forskrivning forskrivning) {
        Objects.requireNonNull(forskrivning, "forskrivning");
        return new Operation<>(Exchange.postJson(Endpoint.DEL1, RequestBody.json(VedtakWire.forskrivning(forskrivning))),
                response -> SoknadWire.skjemaResultat(response.body()));
    }

    private static Operation<SkjemaResultat> skjemaOp(Endpoint endpoint, Skjemadel del, Svar svar) {
        Objects.requireNonNull(del, endpoint == Endpoint.DEL2 ? "del1" : "del2");
        Objects.requireNonNull(svar, "svar");
        Svar alle = Forhandsutfylling.flett(del.forhandsutfylt(), svar);
        return new Operation<>(Exchange.postJson(endpoint, RequestBody.json(SoknadWire.skjemadata(del, alle))),
                response -> SoknadWire.skjemaResultat(response.body()));
    }

    private static Operation<Valideringsresultat> validerOp(Innsending innsending) {
        return new Operation<>(Exchange.postJson(Endpoint.VALIDER, body(innsending)),
                response -> SoknadWire.valideringsresultat(response.body()));
    }

    private static Operation<SendResultat> sendOp(Innsending innsending) {
        return new Operation<>(Exchange.postJson(Endpoint.SEND, body(innsending)),
                response -> SoknadWire.sendResultat(response.body()));
    }

    private static Operation<SoknadStatus> statusOp(Soknadsreferanse referanse) {
        Objects.requireNonNull(referanse, "soknadsreferanse");
        return new Operation<>(new Exchange(Endpoint.STATUS, Query.encode(referanse.value()), null, null, Exchange.JSON),
                response -> SoknadWire.status(response.body()));
    }

    // Without attachments the body is small and held; with them it is streamed (F-4.7).
    private static RequestBody body(Innsending innsending) {
        Objects.requireNonNull(innsending, "innsending");
        if (!innsending.vedlegg().isEmpty()) {
            return RequestBody.streaming(InnsendingJson.length(innsending), out -> InnsendingJson.write(innsending, out));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            InnsendingJson.write(innsending, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return RequestBody.json(out.toByteArray());
    }
}
