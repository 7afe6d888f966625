package no.blaresept.sdk.internal.http;

import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;

/**
 * Passes one attempt's answer to a body handler and notes whether its status line and headers arrived:
 * the JDK client resends a request by itself only when the connection closed before that, so a body that
 * breaks off later cost the service one request, not two. Thread-safe.
 */
final class HeadWatch<T> implements BodyHandler<T> {

    private final BodyHandler<T> handler;
    private volatile boolean arrived;

    HeadWatch(BodyHandler<T> handler) {
        this.handler = handler;
    }

    @Override
    public BodySubscriber<T> apply(ResponseInfo info) {
        arrived = true;
        return handler.apply(info);
    }

    /** Whether the answer's head arrived. */
    boolean arrived() {
        return arrived;
    }
}
