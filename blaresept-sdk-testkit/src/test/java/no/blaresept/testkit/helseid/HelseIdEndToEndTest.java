package no.blaresept.testkit.helseid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.blaresept.auth.HelseIdConfig;
import no.blaresept.auth.HelseIdTokenProvider;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.sdk.Forskrivning;
import no.blaresept.sdk.Hjemmel;
import no.blaresept.sdk.Produkt;
import no.blaresept.sdk.error.AccessDeniedException;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole chain a vendor builds: {@code BlareseptClient} with the HelseID provider, against the mock
 * API that accepts only the mock STS's DPoP-bound tokens with valid proofs (T-2.4).
 */
class HelseIdEndToEndTest {

    static MockHelseIdSts sts;
    static BlareseptMockServer api;
    static HelseIdTokenProvider helseId;

    @BeforeAll
    static void start() {
        sts = MockHelseIdSts.start();
        MockHelseIdClient epj = sts.registerClient("epj-e2e");
        api = BlareseptMockServer.builder().accessCheck(sts.apiAccessCheck()).start();
        helseId = HelseIdTokenProvider.of(HelseIdConfig.builder()
                .issuer(sts.issuer()).clientId(epj.clientId()).clientKey(epj.clientKey()).build());
    }

    @AfterAll
    static void stop() {
        helseId.close();
        api.close();
        sts.close();
    }

    @AfterEach
    void noNonce() {
        sts.requireApiNonce(false);
    }

    static Forskrivning forskrivning() {
        return Forskrivning.builder().pasient(Testpasient.VEDTAK_FUNNET.fodselsnummer()).hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_3)
                .produkt(Produkt.legemiddel("A10BJ06")).build();
    }

    @Test
    void clientWithTheProviderGetsThrough() {
        try (BlareseptClient client = api.clientBuilder().authentication(helseId).build()) {
            VedtakSokResultat result = client.vedtak().sok(forskrivning());

            assertThat(result).isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
            assertThat(api.mottatt(ApiEndpoint.VEDTAK_SOK).get(0).toString()).doesNotContain("eyJ");
        }
    }

    @Test
    void apiNonceDemandIsAnsweredByOneRetry() {
        sts.requireApiNonce(true);
        try (BlareseptClient client = api.clientBuilder().authentication(helseId).build()) {
            int before = api.mottatt(ApiEndpoint.VEDTAK_SOK).size();
            assertThat(client.vedtak().sok(forskrivning())).isInstanceOf(VedtakSokResultat.VedtakFunnet.class);
            assertThat(client.vedtak().sok(forskrivning())).isInstanceOf(VedtakSokResultat.VedtakFunnet.class);

            // one refusal with the nonce, then every call goes through first time
            assertThat(api.mottatt(ApiEndpoint.VEDTAK_SOK)).hasSize(before + 3);
        }
    }

    @Test
    void plainBearerTokensAreRefused() {
        try (BlareseptClient client = api.clientBuilder().build()) {
            assertThatThrownBy(() -> client.vedtak().sok(forskrivning()))
                    .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.getMessage()).doesNotContain("testkit-token"));
        }
    }
}
