package no.blaresept.sdk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import no.blaresept.schema.SkjemaModell;

/**
 * The form models of the schemas the service sent lately, shared JVM-wide. Every application of one schema
 * version gets the same form parts, and building the model of the ~200-field form costs milliseconds of CPU
 * (about a hundred times one call on loopback), so each {@code Skjemadel} building its own was most of a
 * flow's cost (issue 13's throughput profile: 45 % of all samples).
 *
 * <p>Keyed by the schema's JSON text, so a schema that differs in anything, key order included (the model
 * keeps schema order), gets its own model. Holds the {@value #ANTALL} schemas used last; a model is immutable,
 * so sharing it is safe. Threads asking for a schema that is being built wait for that build instead of
 * starting their own; a build that fails is not kept, and each caller then gets its own exception.
 *
 * <p>Thread-safe.
 */
public final class Skjemamodeller {

    /** Parts del1–del3 and the full form for two versions in use at once, with room to spare. */
    static final int ANTALL = 16;

    private static final Map<String, CompletableFuture<SkjemaModell>> MODELLER =
            new LinkedHashMap<>(32, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<SkjemaModell>> eldste) {
                    return size() > ANTALL;
                }
            };

    private Skjemamodeller() {
    }

    /**
     * The model of {@code skjema}, built once for equal schema text.
     *
     * @throws no.blaresept.schema.SkjemaException as {@link SkjemaModell#of(JsonNode)}
     */
    public static SkjemaModell modell(JsonNode skjema) {
        Objects.requireNonNull(skjema, "skjema");
        String nokkel = skjema.toString();
        CompletableFuture<SkjemaModell> egen = new CompletableFuture<>();
        CompletableFuture<SkjemaModell> annens;
        synchronized (MODELLER) {
            annens = MODELLER.putIfAbsent(nokkel, egen);
        }
        if (annens != null) {
            try {
                return annens.join();
            } catch (CompletionException | CancellationException e) {
                return SkjemaModell.of(skjema); // that build failed: fail again here, with this caller's stack
            }
        }
        try {
            SkjemaModell modell = SkjemaModell.of(skjema);
            egen.complete(modell);
            return modell;
        } catch (Throwable t) { // every failure, an Error too, must free the threads waiting for this build
            synchronized (MODELLER) {
                MODELLER.remove(nokkel, egen);
            }
            egen.completeExceptionally(t);
            throw t;
        }
    }
}
