package no.blaresept.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Defect 7: configuration errors are typed and name the setting. */
class HelseIdConfigTest {

    static ClientKey key() throws Exception {
        return ClientKey.ofJwk(new ECKeyGenerator(Curve.P_256).keyID("k").generate().toJSONString());
    }

    static void assertSetting(Runnable build, String setting) {
        assertThatThrownBy(build::run).isInstanceOf(HelseIdConfigException.class)
                .hasMessageContaining(setting)
                .satisfies(e -> assertThat(((HelseIdConfigException) e).setting()).isEqualTo(setting));
    }

    @Test
    void missingRequiredSettingsAreNamed() throws Exception {
        ClientKey key = key();
        assertSetting(() -> HelseIdConfig.builder().clientId("c").clientKey(key).build(), "issuer");
        assertSetting(() -> HelseIdConfig.builder().issuer("https://sts.example").clientKey(key).build(), "clientId");
        assertSetting(() -> HelseIdConfig.builder().issuer("https://sts.example").clientId("c").build(), "clientKey");
    }

    static HelseIdConfig.Builder valid() throws Exception {
        return HelseIdConfig.builder().issuer("https://sts.example").clientId("c").clientKey(key());
    }

    @Test
    void badValuesAreNamed() throws Exception {
        assertSetting(() -> HelseIdConfig.builder().issuer("https://sts example"), "issuer");
        HelseIdConfig.Builder plainHttp = valid().issuer("http://sts.example");
        assertSetting(plainHttp::build, "issuer");
        HelseIdConfig.Builder blankClient = valid().clientId(" ");
        assertSetting(blankClient::build, "clientId");
        HelseIdConfig.Builder zeroTimeout = valid().requestTimeout(Duration.ZERO);
        assertSetting(zeroTimeout::build, "requestTimeout");
        HelseIdConfig.Builder negativeLifetime = valid().assertionLifetime(Duration.ofSeconds(-1));
        assertSetting(negativeLifetime::build, "assertionLifetime");
        HelseIdConfig.Builder keyWithoutDpop = valid().dpop(false).dpopKey(DpopKey.generate());
        assertSetting(keyWithoutDpop::build, "dpopKey");
        HelseIdConfig.Builder b = valid();
        assertSetting(() -> b.allowEndpointHost(" "), "allowEndpointHost");
    }

    @Test
    void plainHttpIsAcceptedOnLoopbackOnly() throws Exception {
        assertThat(valid().issuer("http://127.0.0.1:8080").build().issuer().getPort()).isEqualTo(8080);
        assertThat(valid().issuer("http://localhost:8080/realms/x").build().issuer().getPath()).isEqualTo("/realms/x");
        HelseIdConfig.Builder lookalike = valid().issuer("http://127.0.0.1.example");
        assertSetting(lookalike::build, "issuer");
    }

    @Test
    void nullArgumentsNameTheParameter() throws Exception {
        assertThatThrownBy(() -> valid().clientId(null)).isInstanceOf(NullPointerException.class).hasMessage("clientId");
        assertThatThrownBy(() -> valid().httpClient(null)).isInstanceOf(NullPointerException.class).hasMessage("httpClient");
    }

    @Test
    void helsenettSettingsAreKept() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .proxy(java.net.ProxySelector.of(new java.net.InetSocketAddress("proxy.helsenett.invalid", 3128))).build();
        HelseIdConfig config = valid().httpClient(client).requestTimeout(Duration.ofSeconds(5))
                .assertionLifetime(Duration.ofSeconds(30)).allowEndpointHost("Sts2.Example").build();

        assertThat(config.httpClient()).containsSame(client);
        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.assertionLifetime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.endpointHosts()).containsExactly("sts2.example");
        assertThat(config.toBuilder().build().endpointHosts()).containsExactly("sts2.example");
    }
}
