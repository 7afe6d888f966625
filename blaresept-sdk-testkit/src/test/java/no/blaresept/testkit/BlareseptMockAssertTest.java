package no.blaresept.testkit;

import static no.blaresept.testkit.BlareseptMockAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@BlareseptTest
class BlareseptMockAssertTest {

    @Test
    void countsCallsPerEndpoint(BlareseptMockServer mock) {
        RawClient client = new RawClient(mock);
        client.postJson(ApiEndpoint.SEND, client.utfyltSoknad(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));

        assertThat(mock).received(ApiEndpoint.SEND).exactlyOnce().atMostOnce().atLeastOnce();
        assertThat(mock).received(ApiEndpoint.DEL2).times(1);
        assertThat(mock).received(ApiEndpoint.STATUS).never();
        assertThatThrownBy(() -> assertThat(mock).received(ApiEndpoint.SEND).times(2))
                .hasMessageContaining("SEND to be called 2 time(s), but it was called 1 time(s)");
        assertThatThrownBy(() -> assertThat(mock).received(ApiEndpoint.STATUS).atLeastOnce())
                .hasMessageContaining("never called");
    }

    @Test
    void checksHeadersOnEveryRequest(BlareseptMockServer mock) throws Exception {
        RawClient client = new RawClient(mock);
        client.get(ApiEndpoint.SKJEMA.path());
        assertThat(mock).receivedRequests()
                .everyRequestHasHeaders("X-Correlation-ID", "User-Agent", "Authorization");
        assertThat(mock).received(ApiEndpoint.SKJEMA)
                .withHeaderMatching("User-Agent", "blaresept-sdk/\\S+ \\(EPJ: .+\\)");

        HttpClient.newHttpClient().send(HttpRequest.newBuilder(mock.baseUrl().resolve(ApiEndpoint.SKJEMA.path()))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThatThrownBy(() -> assertThat(mock).everyRequestHasHeaders("X-Correlation-ID"))
                .hasMessageContaining("X-Correlation-ID");
    }

    @Test
    void findsAFodselsnummerInAUrlWithoutRevealingIt(BlareseptMockServer mock) {
        RawClient client = new RawClient(mock);
        client.get(ApiEndpoint.SKJEMA.path());
        assertThat(mock).hasNoFodselsnummerInUrls();

        client.get(ApiEndpoint.STATUS.path() + Testpasient.AVSLAG.fodselsnummer().value());

        assertThatThrownBy(() -> assertThat(mock).hasNoFodselsnummerInUrls())
                .hasMessageContaining("/api/blaresept/soknad/status/***********")
                .hasMessageNotContaining(Testpasient.AVSLAG.fodselsnummer().value());
    }
}
