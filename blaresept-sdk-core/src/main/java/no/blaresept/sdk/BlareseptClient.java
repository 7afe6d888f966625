package no.blaresept.sdk;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import no.blaresept.sdk.internal.Check;
import no.blaresept.sdk.internal.DefaultSkjemaClient;
import no.blaresept.sdk.internal.DefaultSoknadClient;
import no.blaresept.sdk.internal.DefaultVedtakClient;
import no.blaresept.sdk.internal.SdkVersion;
import no.blaresept.sdk.internal.http.ClientSettings;
import no.blaresept.sdk.internal.http.HttpEngine;
import no.blaresept.sdk.internal.http.ListenerChain;
import no.blaresept.sdk.soknad.SkjemaClient;
import no.blaresept.sdk.soknad.SoknadClient;
import no.blaresept.sdk.spi.AccessTokenSource;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.HttpTransport;
import no.blaresept.sdk.spi.RequestAuthenticator;
import no.blaresept.sdk.vedtak.VedtakClient;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the SDK: one configured connection to the Blåresept API, handing out the
 * decision lookup ({@link #vedtak()}), the application services ({@link #soknad()}) and the schema
 * ({@link #skjema()}). Serves F-0.2 (every service, in any order the process needs) and T-1.1.
 *
 * <pre>{@code
 * try (BlareseptClient client = BlareseptClient.builder()
 *         .environment(Environment.TEST)
 *         .epjSystem("Journalsystemet", "4.2.1")
 *         .authentication(helseIdTokenProvider)
 *         .build()) {
 *     VedtakSokResultat svar = client.vedtak().sok(forskrivning);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one client per environment and share it between threads, as
 * it holds a connection pool and threads. {@link #close()} releases what the client created itself
 * (its executor), not a {@link HttpClient} or executor it was given.
 */
public final class BlareseptClient implements AutoCloseable {

    private final Environment environment;
    private final EpjSystem epjSystem;
    private final String userAgent;
    private final ExecutorService executor;
    private final boolean ownsExecutor;
    private final ExecutorService bodyWriters;
    private final VedtakClient vedtak;
    private final SoknadClient soknad;
    private final SkjemaClient skjema;

    private BlareseptClient(Builder b, Environment environment, EpjSystem epjSystem, RequestAuthenticator authenticator) {
        this.environment = environment;
        this.epjSystem = epjSystem;
        this.userAgent = "blaresept-sdk/" + SdkVersion.VALUE + " (EPJ: " + epjSystem.navn() + "/" + epjSystem.versjon() + ")";
        this.ownsExecutor = b.executor == null;
        this.executor = b.executor != null ? b.executor : Executors.newCachedThreadPool(daemonThreads("blaresept-sdk-"));
        this.bodyWriters = Executors.newCachedThreadPool(daemonThreads("blaresept-sdk-body-"));
        HttpTransport transport = b.transport != null ? b.transport : HttpTransport.of(b.httpClient != null
                ? b.httpClient : defaultHttpClient(environment.baseUri(), b.timeouts));
        HttpEngine engine = new HttpEngine(new ClientSettings(environment.baseUri(), userAgent, authenticator, transport,
                b.timeouts, b.retryPolicy, b.responseLimits, executor, bodyWriters, Clock.systemUTC(),
                new ListenerChain(b.listeners)));
        this.vedtak = new DefaultVedtakClient(engine);
        this.soknad = new DefaultSoknadClient(engine);
        this.skjema = new DefaultSkjemaClient(engine);
    }

    /** A builder; {@code environment}, {@code epjSystem} and {@code authentication} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Decision lookup: {@code vedtak/sok} and {@code getVedtaksdokument} (F-1.x). */
    public VedtakClient vedtak() {
        return vedtak;
    }

    /** The application: del1–del3, valider, send, status (F-2.1–F-2.3, F-3.x). */
    public SoknadClient soknad() {
        return soknad;
    }

    /** The application schema: {@code getSoknadSkjema} (F-4.1). */
    public SkjemaClient skjema() {
        return skjema;
    }

    /** The environment this client calls. */
    public Environment environment() {
        return environment;
    }

    /** The EPJ system named in every request. */
    public EpjSystem epjSystem() {
        return epjSystem;
    }

    /** The {@code User-Agent} every request carries: {@code blaresept-sdk/<version> (EPJ: <name>/<version>)}. */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Stops the client's own threads: asynchronous calls and attachment sends made afterwards fail.
     * Calls already running finish. Does not close a {@link HttpClient} or executor that was passed
     * in. Idempotent.
     */
    @Override
    public void close() {
        if (ownsExecutor) {
            executor.shutdown();
        }
        bodyWriters.shutdown();
    }

    @Override
    public String toString() {
        return "BlareseptClient[" + environment + ", " + userAgent + "]";
    }

    private static HttpClient defaultHttpClient(URI baseUri, Timeouts timeouts) {
        // Plain http is for a local mock: stay on HTTP/1.1 there instead of attempting an h2c upgrade.
        HttpClient.Version version = "http".equalsIgnoreCase(baseUri.getScheme())
                ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2;
        return HttpClient.newBuilder().connectTimeout(timeouts.connect()).followRedirects(HttpClient.Redirect.NEVER)
                .version(version).build();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Collects the configuration of a {@link BlareseptClient}. Not thread-safe: use one builder per
     * thread. Defaults: {@link Timeouts#DEFAULT}, {@link RetryPolicy#DEFAULT}, a {@link HttpClient}
     * of the SDK's own, and a cached pool of daemon threads for asynchronous calls.
     */
    public static final class Builder {
        private @Nullable Environment environment;
        private @Nullable EpjSystem epjSystem;
        private @Nullable RequestAuthenticator authenticator;
        private @Nullable HttpClient httpClient;
        private @Nullable HttpTransport transport;
        private @Nullable ExecutorService executor;
        private Timeouts timeouts = Timeouts.DEFAULT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private ResponseLimits responseLimits = ResponseLimits.DEFAULT;
        private final List<BlareseptListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /** Where to call: {@link Environment#PROD}, {@link Environment#TEST} or {@link Environment#custom(URI)}. Required. */
        public Builder environment(Environment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** Shorthand for {@code environment(Environment.custom(baseUri))}, e.g. the testkit's mock server. */
        public Builder baseUri(URI baseUri) {
            return environment(Environment.custom(baseUri));
        }

        /**
         * The vendor's EPJ system, named in every request's {@code User-Agent}. Required.
         *
         * @param navn    the system's name
         * @param versjon its version
         * @throws no.blaresept.sdk.error.InvalidInputException naming {@code epjSystem.navn} or
         *                                                      {@code epjSystem.versjon} when malformed
         */
        public Builder epjSystem(String navn, String versjon) {
            this.epjSystem = new EpjSystem(navn, versjon);
            return this;
        }

        /**
         * How each request is authenticated (T-2.4), e.g. {@code blaresept-sdk-auth}'s HelseID token
         * provider. Required (or {@link #accessTokenSource}).
         */
        public Builder authentication(RequestAuthenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        /** Plain bearer tokens from a source: {@code authentication(RequestAuthenticator.bearer(tokens))}. */
        public Builder accessTokenSource(AccessTokenSource tokens) {
            return authentication(RequestAuthenticator.bearer(tokens));
        }

        /**
         * Sends through this {@link HttpClient} (its proxy, TLS and connect timeout apply; the SDK does
         * not close it). Ignored when a {@link #transport} is set.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** Sends through a transport of the vendor's own (see {@link HttpTransport}). */
        public Builder transport(HttpTransport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /** Connect, per-attempt and total timeouts. */
        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
            return this;
        }

        /** The largest answers read; {@link ResponseLimits#DEFAULT} unless set. */
        public Builder responseLimits(ResponseLimits responseLimits) {
            this.responseLimits = Objects.requireNonNull(responseLimits, "responseLimits");
            return this;
        }

        /** How idempotent calls are retried; {@link RetryPolicy#NONE} turns retries off. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * Runs asynchronous calls on this executor instead of the client's own; the SDK does not shut
         * it down. Attachment bodies are always written on the SDK's own threads, so any executor,
         * even a single thread, is safe.
         */
        public Builder executor(ExecutorService executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Adds a listener told of every call's start, attempts, retries and end, for metrics and tracing
         * (see {@link BlareseptListener}); several may be added and are told in the order added. One that
         * throws does not break a call.
         */
        public Builder listener(BlareseptListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws no.blaresept.sdk.error.InvalidInputException naming {@code environment},
         *                                                      {@code epjSystem} or {@code authentication}
         *                                                      when missing
         */
        public BlareseptClient build() {
            return new BlareseptClient(this, Check.present(environment, "environment"),
                    Check.present(epjSystem, "epjSystem"), Check.present(authenticator, "authentication"));
        }
    }
}
