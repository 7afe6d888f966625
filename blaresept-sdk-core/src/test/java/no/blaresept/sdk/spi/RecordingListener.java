package no.blaresept.sdk.spi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it is told, in order, with the name of the thread that told it; optionally adds headers. */
final class RecordingListener implements BlareseptListener {

    final List<Object> events = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    private final Map<String, String> headers;

    RecordingListener() {
        this(Map.of());
    }

    RecordingListener(Map<String, String> headers) {
        this.headers = headers;
    }

    private void record(Object event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
    }

    @Override
    public void callStarted(CallStarted call) {
        record(call);
    }

    @Override
    public Map<String, String> requestHeaders(CallStarted call) {
        return headers;
    }

    @Override
    public void attemptEnded(AttemptEnded attempt) {
        record(attempt);
    }

    @Override
    public void retryScheduled(RetryScheduled retry) {
        record(retry);
    }

    @Override
    public void callEnded(CallEnded call) {
        record(call);
    }

    @Override
    public void tokenFetched(TokenFetched token) {
        record(token);
    }

    @Override
    public void tokenFailed(TokenFailed token) {
        record(token);
    }

    /** The events' types in order, e.g. {@code [CallStarted, AttemptEnded, CallEnded]}. */
    List<String> kinds() {
        return events.stream().map(e -> e.getClass().getSimpleName()).toList();
    }

    <T> T get(int index, Class<T> type) {
        return type.cast(events.get(index));
    }
}
