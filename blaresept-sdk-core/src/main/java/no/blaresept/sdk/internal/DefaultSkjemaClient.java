package no.blaresept.sdk.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import no.blaresept.sdk.internal.http.Exchange;
import no.blaresept.sdk.internal.http.HttpEngine;
import no.blaresept.sdk.internal.http.HttpEngine.Operation;
import no.blaresept.sdk.internal.wire.Endpoint;
import no.blaresept.sdk.internal.wire.SoknadWire;
import no.blaresept.sdk.soknad.SkjemaClient;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.SoknadSkjema;

/** {@link SkjemaClient} over the engine. Thread-safe. */
public final class DefaultSkjemaClient implements SkjemaClient {

    private final HttpEngine engine;

    /** Creates the client. */
    public DefaultSkjemaClient(HttpEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public SoknadSkjema hent() {
        return engine.run(hent0(Optional.empty()));
    }

    @Override
    public SoknadSkjema hent(Skjemaversjon versjon) {
        return engine.run(hent0(Optional.of(Objects.requireNonNull(versjon, "versjon"))));
    }

    @Override
    public CompletableFuture<SoknadSkjema> hentAsync() {
        return engine.runAsync(hent0(Optional.empty()));
    }

    @Override
    public CompletableFuture<SoknadSkjema> hentAsync(Skjemaversjon versjon) {
        return engine.runAsync(hent0(Optional.of(Objects.requireNonNull(versjon, "versjon"))));
    }

    private static Operation<SoknadSkjema> hent0(Optional<Skjemaversjon> versjon) {
        String query = versjon.map(v -> Endpoint.VERSJON_PARAM + "=" + Query.encode(v.value())).orElse(null);
        return new Operation<>(new Exchange(Endpoint.SOKNAD_SKJEMA, "", query, null, Exchange.JSON),
                response -> SoknadWire.soknadSkjema(response.body()));
    }
}
