package no.blaresept.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The in-memory answer body: read by a subscriber of the JDK's own, and kept within its cap. */
class CappedBodyTest {

    @Test
    void readsThroughTheJdksOwnSubscriberSoTheJdkCompletesItWithoutAThreadHop() {
        BodySubscriber<Void> subscriber = new CappedBody(100).apply(info(Map.of("Content-Length", List.of("5"))));

        assertThat(subscriber.getClass()).isEqualTo(BodySubscribers.ofByteArrayConsumer(piece -> { }).getClass());
    }

    @Test
    void keepsEveryPieceInOrder() {
        CappedBody body = new CappedBody(100);
        BodySubscriber<Void> subscriber = body.apply(info(Map.of()));
        subscriber.onSubscribe(new Unbounded());
        subscriber.onNext(List.of(bytes("{\"utfall\":"), bytes("\"INGEN_VEDTAK\"")));
        subscriber.onNext(List.of(bytes("}")));
        subscriber.onComplete();

        assertThat(subscriber.getBody().toCompletableFuture()).isCompleted();
        assertThat(new String(body.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"utfall\":\"INGEN_VEDTAK\"}");
    }

    @Test
    void aBodyGrowingPastTheCapIsRefusedAtThePieceThatCrossesIt() {
        CappedBody body = new CappedBody(10);
        BodySubscriber<Void> subscriber = body.apply(info(Map.of()));
        subscriber.onSubscribe(new Unbounded());
        subscriber.onNext(List.of(bytes("0123456789")));

        Throwable refused = catchThrowable(() -> subscriber.onNext(List.of(bytes("a"))));

        assertThat(CappedBody.tooLarge(refused)).isTrue();
        assertThat(body.bytes()).hasSize(10);
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedBeforeAnyByteIsRead() {
        BodySubscriber<Void> subscriber = new CappedBody(10).apply(info(Map.of("Content-Length", List.of("11"))));
        Unbounded subscription = new Unbounded();
        subscriber.onSubscribe(subscription);

        assertThat(subscription.cancelled).isTrue();
        assertThat(subscription.requested).isZero();
        assertThat(CappedBody.tooLarge(catchThrowable(() -> subscriber.getBody().toCompletableFuture().join()))).isTrue();
    }

    private static ByteBuffer bytes(String s) {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseInfo info(Map<String, List<String>> headers) {
        HttpHeaders h = HttpHeaders.of(headers, (name, value) -> true);
        return new ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return h;
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }

    private static final class Unbounded implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
