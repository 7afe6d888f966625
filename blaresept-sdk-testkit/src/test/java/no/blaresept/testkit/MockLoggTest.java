package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import no.blaresept.testsupport.Logglytter;
import org.junit.jupiter.api.Test;

class MockLoggTest {

    @Test
    void eachRequestIsOneDebugLineWithTheRequestLineOnlyAndDigitRunsMasked() throws Exception {
        List<String> linjer = new CopyOnWriteArrayList<>();
        Logglytter lytter = new Logglytter("no.blaresept.testkit", r -> {
            if (r.getLevel().intValue() <= Level.FINE.intValue()) {
                linjer.add(r.getMessage());
            }
        });
        lytter.kobleTil();
        try (BlareseptMockServer mock = BlareseptMockServer.start()) {
            URI status = mock.baseUrl().resolve(ApiEndpoint.STATUS.path() + "12857840060");
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(status).header("Authorization", "Bearer hemmelig")
                    .build(), HttpResponse.BodyHandlers.discarding());
        } finally {
            lytter.kobleFra();
        }
        assertThat(linjer).containsOnlyOnce("Request received: GET " + ApiEndpoint.STATUS.path() + "***********");
        assertThat(String.join("\n", linjer)).doesNotContain("12857840060", "hemmelig");
    }
}
