package no.blaresept.sdk.internal.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import no.blaresept.sdk.error.BlareseptException;
import no.blaresept.sdk.error.BlareseptServiceException;
import no.blaresept.sdk.error.CallInterruptedException;
import no.blaresept.sdk.error.CallTimeoutException;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.error.SendOutcomeUnknownException;
import no.blaresept.sdk.error.ServiceUnavailableException;
import no.blaresept.sdk.error.UnexpectedResponseException;
import no.blaresept.sdk.internal.wire.Endpoint;
import no.blaresept.sdk.internal.wire.WireFormatException;
import no.blaresept.sdk.spi.ApiRequest;
import no.blaresept.sdk.spi.AttemptResult;
import no.blaresept.sdk.spi.AuthChallenge;
import no.blaresept.sdk.spi.AuthorizationHeaders;
import org.jspecify.annotations.Nullable;

/**
 * Makes one call: authenticates each attempt, applies the per-attempt and total timeouts, retries
 * idempotent calls with backoff or as {@code Retry-After} asks, gives the authenticator one chance
 * after a credentials challenge, and maps every failure to the SDK's exceptions. A non-idempotent
 * call ({@code send}) is never sent twice except after a 401/DPoP challenge, which is a refusal.
 * Thread-safe.
 */
public final class HttpEngine {

    private final ClientSettings settings;
    // Each endpoint's own address, parsed once: most calls go to exactly that.
    private final Map<Endpoint, URI> endpointUris = new EnumMap<>(Endpoint.class);

    /** Creates the engine for a client's settings. */
    public HttpEngine(ClientSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (Endpoint endpoint : Endpoint.values()) {
            endpointUris.put(endpoint, URI.create(settings.baseUri() + endpoint.path()));
        }
    }

    /**
     * Makes the call and reads its successful answer.
     *
     * @param operation what to send and how to read the answer
     * @return what the reader made of the answer
     */
    public <T> T run(Operation<T> operation) {
        return complete(operation, CallTrace.start(settings.listeners(), operation.exchange().endpoint()));
    }

    /**
     * {@link #run} on the client's executor; the future fails with the exception {@code run} would throw.
     * The listeners hear of the call's start on the calling thread, so they can read its trace context.
     */
    public <T> CompletableFuture<T> runAsync(Operation<T> operation) {
        CallTrace trace = CallTrace.start(settings.listeners(), operation.exchange().endpoint());
        try {
            return CompletableFuture.supplyAsync(() -> complete(operation, trace), settings.executor());
        } catch (RuntimeException e) {
            trace.ended(e);
            throw e;
        }
    }

    private <T> T complete(Operation<T> operation, CallTrace trace) {
        try {
            T result = read(operation, execute(operation.exchange(), operation.download(), trace));
            trace.ended(null);
            return result;
        } catch (RuntimeException e) {
            trace.ended(e);
            throw e;
        } finally {
            if (operation.download() != null) {
                operation.download().end();
            }
        }
    }

    private <T> T read(Operation<T> operation, ApiResponse response) {
        Exchange exchange = operation.exchange();
        try {
            return operation.reader().apply(response);
        } catch (WireFormatException e) {
            throw unreadable(exchange, response, Objects.requireNonNullElse(e.getMessage(), "unreadable"));
        } catch (BlareseptException e) {
            throw e;
        } catch (RuntimeException e) {
            // A value the mapping did not foresee: still an answer that cannot be read, never a raw exception.
            // The cause is dropped because its message may quote the answer.
            throw unreadable(exchange, response, "a value breaks the SDK's types (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * One call and the reading of its answer.
     *
     * @param exchange what to send
     * @param download where a successful answer's body goes, or {@code null} to read it into memory
     * @param reader   maps the successful answer; may throw {@link WireFormatException}
     */
    public record Operation<T>(Exchange exchange, @Nullable FileDownload download, Function<ApiResponse, T> reader) {
        /** Checks presence. */
        public Operation {
            Objects.requireNonNull(exchange, "exchange");
            Objects.requireNonNull(reader, "reader");
        }

        /** A call whose answer is read into memory. */
        public Operation(Exchange exchange, Function<ApiResponse, T> reader) {
            this(exchange, null, reader);
        }
    }

    private ApiResponse execute(Exchange exchange, @Nullable FileDownload download, CallTrace trace) {
        String correlationId = trace.correlationId();
        long deadline = System.nanoTime() + settings.timeouts().total().toNanos();
        URI uri = uri(exchange);
        ApiRequest apiRequest = new ApiRequest(exchange.endpoint().method(), uri, exchange.endpoint().scope(),
                Instant.now().plus(settings.timeouts().total()));
        boolean challengeUsed = false;
        int attempt = 1;
        int requests = 0;
        while (true) {
            ApiResponse response;
            try {
                response = attemptOnce(exchange, download, apiRequest, trace, deadline, attempt);
            } catch (AttemptFailure failure) {
                int sent = requestsSent(exchange, failure);
                requests += sent;
                // The next attempt is expected to fail as this one did: a GET that lost its connection may again cost two.
                if (mayRetry(exchange.endpoint(), failure.kind()) && pauseBeforeRetry(exchange, attempt, requests + Math.max(sent, 1),
                        Optional.empty(), deadline, trace, AttemptResult.failure(CallTrace.failureKind(failure.kind())))) {
                    attempt++;
                    continue;
                }
                throw failureError(exchange, failure, correlationId, attempt);
            }
            requests++;
            SdkLog.body("response", exchange, response.body(), correlationId);
            int status = response.status();
            if (status >= 200 && status < 300) {
                checkMediaType(exchange, response);
                return response;
            }
            if (!challengeUsed && isChallenge(response)
                    && settings.authenticator().onChallenge(apiRequest, challenge(response))) {
                // A refusal of the credentials, not of the request: it does not use up an attempt.
                challengeUsed = true;
                requests--;
                SdkLog.challenged(exchange, status, correlationId);
                continue;
            }
            BlareseptServiceException error = ErrorMapper.map(exchange, response, settings.clock().instant());
            if (ErrorMapper.mayRetry(exchange.endpoint(), status) && pauseBeforeRetry(exchange, attempt, requests + 1,
                    ErrorMapper.retryAfter(response, settings.clock().instant()), deadline, trace, AttemptResult.status(status))) {
                attempt++;
                continue;
            }
            throw error;
        }
    }

    private URI uri(Exchange exchange) {
        URI endpointUri = endpointUris.get(exchange.endpoint());
        if (endpointUri != null && exchange.pathSuffix().isEmpty() && exchange.query() == null) {
            return endpointUri;
        }
        return URI.create(settings.baseUri() + exchange.path() + exchange.queryString().map(q -> "?" + q).orElse(""));
    }

    private ApiResponse attemptOnce(Exchange exchange, @Nullable FileDownload download, ApiRequest apiRequest,
                                    CallTrace trace, long deadline, int attempt) throws AttemptFailure {
        String correlationId = trace.correlationId();
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new AttemptFailure(AttemptFailure.Kind.TIMEOUT, new TimeoutException("total timeout reached"));
        }
        Duration budget = Duration.ofNanos(Math.min(settings.timeouts().perAttempt().toNanos(), remaining));
        HttpRequest.Builder request = HttpRequest.newBuilder(apiRequest.uri()).timeout(budget)
                .header("X-Correlation-ID", correlationId)
                .header("User-Agent", settings.userAgent())
                .header("Accept", exchange.accept());
        trace.headers().forEach(request::header);
        authorize(exchange, apiRequest, budget, deadline, correlationId).asMap().forEach(request::header);
        RequestBody body = exchange.body();
        try (RequestBody.Attempt bodyAttempt = body == null ? null : body.open(settings.bodyWriters())) {
            if (body == null || bodyAttempt == null) {
                request.method(apiRequest.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", Exchange.JSON).method(apiRequest.method(), bodyAttempt.publisher());
                SdkLog.requestBody(exchange, body, correlationId);
            }
            long start = System.nanoTime();
            long cap = cap(exchange);
            CappedBody memory = new CappedBody(cap);
            Sent sent = send(request.build(), budget,
                    download == null ? memory : download.handler(memory, cap, exchange.accept()));
            if (sent.response != null) {
                long nanos = System.nanoTime() - start;
                SdkLog.answered(exchange, sent.response.statusCode(), nanos, attempt, correlationId);
                trace.answered(attempt, sent.response.statusCode(), nanos);
                // A document that went to a file leaves nothing in memory: its body here is empty.
                return new ApiResponse(sent.response.statusCode(), sent.response.headers(), memory.bytes(), correlationId);
            }
            AttemptFailure failure = Objects.requireNonNull(sent.failure);
            long nanos = System.nanoTime() - start;
            SdkLog.failed(exchange, failure, nanos, attempt, correlationId);
            trace.failed(attempt, failure.kind(), nanos);
            if (bodyAttempt != null && bodyAttempt.writeFailure().isPresent()) {
                // The body broke off before its declared length: the service cannot have taken the request.
                // Its cause is not kept: an I/O error's message names the file, which may name the patient.
                throw new InvalidInputException("vedlegg", "VEDLEGG_ULESELIG",
                        "an attachment could not be read while sending (" + bodyAttempt.writeFailure().get().getClass()
                                .getSimpleName() + "); nothing was taken, check the file and try again");
            }
            InvalidInputException notWritten = FileDownload.writeFailure(failure);
            if (notWritten != null) {
                throw notWritten;
            }
            throw failure;
        }
    }

    /**
     * Gets the attempt's credentials under the attempt's alarm, so a stalled token fetch ends in time.
     * Nothing has been sent yet, so no failure here leaves a {@code send} in doubt. The authenticator
     * owns the waiting; the engine owns what its failure means once time is up or the caller interrupted.
     */
    private AuthorizationHeaders authorize(Exchange exchange, ApiRequest apiRequest, Duration budget, long deadline,
                                           String correlationId) {
        try {
            return AttemptTimer.run(budget, () -> settings.authenticator().authorize(apiRequest));
        } catch (TimeoutException e) {
            throw new CallTimeoutException(exchange.describe() + " got no credentials in time; nothing was sent",
                    correlationId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallInterruptedException(exchange.describe() + " was interrupted while getting credentials;"
                    + " nothing was sent", correlationId, e);
        } catch (IOException e) {
            throw new IllegalStateException("an authenticator throws no checked exception", e);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                InterruptedException interrupt = new InterruptedException("interrupted while getting credentials");
                interrupt.initCause(e);
                throw new CallInterruptedException(exchange.describe() + " was interrupted while getting credentials;"
                        + " nothing was sent", correlationId, interrupt);
            }
            if (deadline - System.nanoTime() <= 0) {
                throw new CallTimeoutException(exchange.describe() + " got no credentials within the total timeout;"
                        + " nothing was sent", correlationId, e);
            }
            throw e;
        }
    }

    /** Either the response or why there was none. */
    private static final class Sent {
        final @Nullable HttpResponse<Void> response;
        final @Nullable AttemptFailure failure;

        Sent(@Nullable HttpResponse<Void> response, @Nullable AttemptFailure failure) {
            this.response = response;
            this.failure = failure;
        }
    }

    private Sent send(HttpRequest request, Duration budget, HttpResponse.BodyHandler<Void> handler) {
        HeadWatch<Void> watched = new HeadWatch<>(handler);
        try {
            HttpResponse<Void> response = AttemptTimer.run(budget, () -> settings.transport().send(request, watched));
            return new Sent(response, null);
        } catch (TimeoutException e) {
            return new Sent(null, new AttemptFailure(AttemptFailure.Kind.TIMEOUT, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(null, new AttemptFailure(AttemptFailure.Kind.INTERRUPTED, e));
        } catch (IOException | RuntimeException e) {
            AttemptFailure failure = CappedBody.tooLarge(e)
                    ? new AttemptFailure(AttemptFailure.Kind.TOO_LARGE, e) : AttemptFailure.of(e);
            return new Sent(null, watched.arrived() ? failure.afterAnswerBegan() : failure);
        }
    }

    private long cap(Exchange exchange) {
        return exchange.accept().equals(Exchange.JSON) ? settings.limits().maxJsonBytes() : settings.limits().maxDocumentBytes();
    }

    private static boolean mayRetry(Endpoint endpoint, AttemptFailure.Kind kind) {
        switch (endpoint.retry()) {
            case REPEATABLE:
                return kind != AttemptFailure.Kind.INTERRUPTED && kind != AttemptFailure.Kind.TOO_LARGE;
            case UNTIL_SENT:
                return kind == AttemptFailure.Kind.CONNECT;
            default:
                return false;
        }
    }

    /**
     * How many requests the service may have seen from a failed attempt. The JDK client sends a GET
     * once more by itself when the connection closes before any answer (and offers no per-client switch
     * against it), so such a GET counts twice, and the next attempt is only made when it could cost two
     * and still stay within the configured attempts. A body that breaks off after the answer's head
     * arrived was not resent: one request.
     */
    private static int requestsSent(Exchange exchange, AttemptFailure failure) {
        if (failure.kind() == AttemptFailure.Kind.CONNECT) {
            return 0;
        }
        return failure.kind() == AttemptFailure.Kind.IO && !failure.answerBegan()
                && exchange.endpoint().method().equals("GET") ? 2 : 1;
    }

    /** Pauses before the next attempt unless the attempts, the expected requests or the time would run out. */
    private boolean pauseBeforeRetry(Exchange exchange, int attempt, int requestsAfterNext, Optional<Duration> retryAfter,
                                     long deadline, CallTrace trace, AttemptResult reason) {
        if (attempt >= settings.retryPolicy().maxAttempts() || requestsAfterNext > settings.retryPolicy().maxAttempts()) {
            return false;
        }
        Duration pause = retryAfter.orElseGet(() -> Backoff.before(settings.retryPolicy(), attempt));
        // Compared as durations: a huge Retry-After does not fit in nanoseconds.
        if (pause.compareTo(Duration.ofNanos(deadline - System.nanoTime())) >= 0) {
            return false;
        }
        SdkLog.retrying(exchange, pause, attempt + 1, trace.correlationId());
        trace.retrying(attempt + 1, reason, pause);
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallInterruptedException(exchange.describe() + " was interrupted before a retry", trace.correlationId(), e);
        }
        return true;
    }

    private static BlareseptServiceException failureError(Exchange exchange, AttemptFailure failure, String correlationId,
                                                          int attempts) {
        String what = exchange.describe() + " " + failure.kind().words()
                + (attempts > 1 ? " (" + attempts + " attempts)" : "");
        Throwable cause = failure.getCause();
        if (!exchange.endpoint().idempotent()) {
            return failure.kind() == AttemptFailure.Kind.CONNECT
                    ? new ServiceUnavailableException(
                            what + "; nothing was sent, so sending again later is safe", correlationId, 0, null, null, cause)
                    : new SendOutcomeUnknownException(what, correlationId, 0, null, cause);
        }
        if (exchange.endpoint().retry() == Endpoint.Retry.UNTIL_SENT && failure.kind() != AttemptFailure.Kind.CONNECT) {
            what += "; not repeated, because the service may already have started an application from it";
        }
        switch (failure.kind()) {
            case TIMEOUT:
                return new CallTimeoutException(what, correlationId, cause);
            case INTERRUPTED:
                return new CallInterruptedException(what, correlationId,
                        cause instanceof InterruptedException interrupt ? interrupt : new InterruptedException(what));
            case TOO_LARGE:
                return new UnexpectedResponseException(what + "; see ResponseLimits", correlationId, 0, null);
            default:
                return new ServiceUnavailableException(what, correlationId, 0, null, null, cause);
        }
    }

    private static void checkMediaType(Exchange exchange, ApiResponse response) {
        String type = response.mediaType();
        boolean json = exchange.accept().equals(Exchange.JSON) && type.endsWith("+json");
        if (!type.equals(exchange.accept()) && !json) {
            throw unreadable(exchange, response, "content type '" + type + "' where " + exchange.accept() + " was expected");
        }
    }

    private static BlareseptServiceException unreadable(Exchange exchange, ApiResponse response, String problem) {
        String what = exchange.describe() + " answered HTTP " + response.status() + " that cannot be read: " + problem;
        return exchange.endpoint().idempotent()
                ? new UnexpectedResponseException(what, response.correlationId(), response.status(), null)
                : new SendOutcomeUnknownException(what, response.correlationId(), response.status(), null, null);
    }

    private static boolean isChallenge(ApiResponse response) {
        return response.status() == 401
                || (response.status() == 400 && response.header("WWW-Authenticate").isPresent());
    }

    private static AuthChallenge challenge(ApiResponse response) {
        return new AuthChallenge(response.status(), response.header("WWW-Authenticate"), response.header("DPoP-Nonce"));
    }
}
