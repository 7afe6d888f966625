package no.blaresept.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import no.blaresept.sdk.internal.SdkVersion;
import no.blaresept.sdk.spi.RequestAuthenticator;
import org.junit.jupiter.api.Test;

class BlareseptClientTest {

    private static final RequestAuthenticator AUTH = RequestAuthenticator.bearer(scope -> "t");

    @Test
    void productionAndTestUrlsAreTheSpecifications() {
        assertThat(Environment.PROD.baseUri()).isEqualTo(URI.create("https://blaresept.helsedirektoratet.no"));
        assertThat(Environment.TEST.baseUri()).isEqualTo(URI.create("https://blaresept.test.helsedirektoratet.no"));
        assertThat(Environment.custom(URI.create("http://127.0.0.1:8080/")).baseUri())
                .isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void userAgentNamesSdkVersionAndEpjSystem() {
        try (BlareseptClient client = BlareseptClient.builder().environment(Environment.TEST)
                .epjSystem("Journalsystemet", "4.2.1").authentication(AUTH).build()) {
            assertThat(client.userAgent()).isEqualTo("blaresept-sdk/" + SdkVersion.VALUE + " (EPJ: Journalsystemet/4.2.1)");
            assertThat(SdkVersion.VALUE).isNotEqualTo("unknown").doesNotContain("${");
            assertThat(client.environment()).isEqualTo(Environment.TEST);
            assertThat(client.vedtak()).isNotNull();
        }
    }

    @Test
    void requiresEnvironmentEpjSystemAndAuthentication() {
        InputValidationTest.assertRefused(() -> BlareseptClient.builder().epjSystem("J", "1").authentication(AUTH).build(),
                "environment", "PAKREVD", null);
        InputValidationTest.assertRefused(() -> BlareseptClient.builder().environment(Environment.TEST)
                .authentication(AUTH).build(), "epjSystem", "PAKREVD", null);
        InputValidationTest.assertRefused(() -> BlareseptClient.builder().environment(Environment.TEST)
                .epjSystem("J", "1").build(), "authentication", "PAKREVD", null);
    }

    @Test
    void closeIsIdempotent() {
        BlareseptClient client = BlareseptClient.builder().environment(Environment.PROD).epjSystem("J", "1")
                .authentication(AUTH).build();
        client.close();
        client.close();
        assertThat(client.toString()).contains("PROD");
    }
}
