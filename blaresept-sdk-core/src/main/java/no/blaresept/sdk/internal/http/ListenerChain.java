package no.blaresept.sdk.internal.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import no.blaresept.sdk.spi.AttemptEnded;
import no.blaresept.sdk.spi.BlareseptListener;
import no.blaresept.sdk.spi.CallEnded;
import no.blaresept.sdk.spi.CallStarted;
import no.blaresept.sdk.spi.RetryScheduled;
import no.blaresept.sdk.spi.TokenFailed;
import no.blaresept.sdk.spi.TokenFetched;

/**
 * Tells several listeners in turn, each shielded from the others and from the call: an exception or a
 * refused header is logged once per listener and otherwise ignored, because observing a call must
 * never change its outcome. Thread-safe when its listeners are.
 */
public final class ListenerChain implements BlareseptListener {

    private final List<Guarded> listeners;

    /** @param listeners the listeners, in the order they are told */
    public ListenerChain(List<? extends BlareseptListener> listeners) {
        Objects.requireNonNull(listeners, "listeners");
        this.listeners = listeners.stream().map(l -> new Guarded(Objects.requireNonNull(l, "listener"))).toList();
    }

    /** Whether there is no one to tell; lets the engine skip building events. */
    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    @Override
    public void callStarted(CallStarted call) {
        each(l -> l.callStarted(call));
    }

    @Override
    public Map<String, String> requestHeaders(CallStarted call) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (Guarded g : listeners) {
            g.run(l -> l.requestHeaders(call).forEach((name, value) -> {
                Optional<String> problem = ExtraHeader.problem(name, value, merged.keySet());
                if (problem.isPresent()) {
                    g.warn("returned a header the SDK leaves out (" + problem.get() + ")");
                } else {
                    merged.put(name, value);
                }
            }));
        }
        return merged;
    }

    @Override
    public void attemptEnded(AttemptEnded attempt) {
        each(l -> l.attemptEnded(attempt));
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
        each(l -> l.retryScheduled(retry));
    }

    @Override
    public void callEnded(CallEnded call) {
        each(l -> l.callEnded(call));
    }

    @Override
    public void tokenFetched(TokenFetched token) {
        each(l -> l.tokenFetched(token));
    }

    @Override
    public void tokenFailed(TokenFailed token) {
        each(l -> l.tokenFailed(token));
    }

    private void each(Consumer<BlareseptListener> event) {
        for (Guarded g : listeners) {
            g.run(event);
        }
    }

    /** One listener and whether its misbehaviour has been logged yet. */
    private static final class Guarded {
        private final BlareseptListener listener;
        private final AtomicBoolean warned = new AtomicBoolean();

        Guarded(BlareseptListener listener) {
            this.listener = listener;
        }

        void run(Consumer<BlareseptListener> event) {
            try {
                event.accept(listener);
            } catch (RuntimeException | LinkageError | AssertionError e) {
                // The message is not logged: a listener's exception may quote whatever it was looking at.
                warn("threw " + e.getClass().getName() + "; the call goes on");
            }
        }

        void warn(String what) {
            if (warned.compareAndSet(false, true)) {
                SdkLog.listenerMisbehaved(listener.getClass().getName(), what);
            }
        }
    }
}
