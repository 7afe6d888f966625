package no.blaresept.sdk.internal.http;

import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Optional;
import java.util.concurrent.Executor;

/** A request body held in memory. */
final class JsonBody implements RequestBody {

    private final byte[] json;

    JsonBody(byte[] json) {
        this.json = json.clone();
    }

    @Override
    public Optional<byte[]> bytes() {
        return Optional.of(json.clone());
    }

    @Override
    public Attempt open(Executor executor) {
        return new Attempt() {
            @Override
            public BodyPublisher publisher() {
                return BodyPublishers.ofByteArray(json);
            }

            @Override
            public Optional<Throwable> writeFailure() {
                return Optional.empty();
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
