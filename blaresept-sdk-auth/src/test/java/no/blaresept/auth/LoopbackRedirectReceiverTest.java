package no.blaresept.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoopbackRedirectReceiverTest {

    static final HttpClient BROWSER = HttpClient.newHttpClient();

    static HttpResponse<String> get(URI uri) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void redirectIsHandedOverWholeAndTheBrowserIsToldToCloseTheWindow() throws Exception {
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
            URI redirect = URI.create(receiver.redirectUri() + "?code=abc&state=s1&iss=https%3A%2F%2Fsts.example");

            HttpResponse<String> page = get(redirect);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Du kan lukke dette vinduet");
            assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(receiver.awaitRedirect(Duration.ofSeconds(5))).isEqualTo(redirect);
            assertThat(receiver.toString()).doesNotContain("abc");
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
            assertThat(receiver.redirectUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(receiver.redirectUri().getPath()).isEqualTo("/callback");
            assertThat(receiver.redirectUri().getPort()).isPositive();
        }
    }

    @Test
    void givenPortAndPathAreUsed() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start(free, "/epj/login")) {
            assertThat(receiver.redirectUri()).isEqualTo(URI.create("http://127.0.0.1:" + free + "/epj/login"));
            assertThat(get(URI.create("http://127.0.0.1:" + free + "/other")).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void portInUseIsATypedError() {
        try (LoopbackRedirectReceiver first = LoopbackRedirectReceiver.start()) {
            assertThatThrownBy(() -> LoopbackRedirectReceiver.start(first.redirectUri().getPort(), "/callback"))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("another port");
        }
    }

    @Test
    void noRedirectWithinTheTimeoutIsATypedError() {
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
            assertThatThrownBy(() -> receiver.awaitRedirect(Duration.ofMillis(100)))
                    .isInstanceOf(HelseIdException.class).hasMessageContaining("did not finish logging in");
        }
    }

    @Test
    void errorRedirectIsHandedOverAndTheBrowserIsToldTheLoginDidNotFinish() throws Exception {
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
            URI redirect = URI.create(receiver.redirectUri() + "?error=access_denied&state=s1");

            assertThat(get(redirect).body()).contains("ikke fullført");
            assertThat(receiver.awaitRedirect(Duration.ofSeconds(5))).isEqualTo(redirect);
        }
    }

    @Test
    void onlyTheFirstRedirectCounts() throws Exception {
        try (LoopbackRedirectReceiver receiver = LoopbackRedirectReceiver.start()) {
            URI first = URI.create(receiver.redirectUri() + "?code=first&state=s");
            get(first);
            get(URI.create(receiver.redirectUri() + "?code=second&state=s"));

            assertThat(receiver.awaitRedirect(Duration.ofSeconds(5))).isEqualTo(first);
        }
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> LoopbackRedirectReceiver.start(70000, "/cb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoopbackRedirectReceiver.start(0, "cb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoopbackRedirectReceiver.start(0, null)).isInstanceOf(NullPointerException.class).hasMessage("path");
    }
}
