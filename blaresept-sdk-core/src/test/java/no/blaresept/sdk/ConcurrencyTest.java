package no.blaresept.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import no.blaresept.sdk.vedtak.VedtakSokResultat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One shared client serves many threads at once, each call with its own correlation id. */
class ConcurrencyTest {

    @RegisterExtension
    final StubApi api = new StubApi();

    @Test
    void oneClientServesManyConcurrentCalls() {
        api.server().stubFor(post("/api/blaresept/vedtak/sok").willReturn(okJson("{\"utfall\":\"INGEN_VEDTAK\"}")
                .withFixedDelay(20)));

        try (BlareseptClient client = api.client()) {
            List<CompletableFuture<VedtakSokResultat>> calls = IntStream.range(0, 40)
                    .mapToObj(i -> i % 2 == 0
                            ? client.vedtak().sokAsync(Testdata.forskrivning())
                            : CompletableFuture.supplyAsync(() -> client.vedtak().sok(Testdata.forskrivning())))
                    .toList();

            assertThat(calls).allSatisfy(c -> assertThat(c.join()).isInstanceOf(VedtakSokResultat.IngenVedtak.class));
        }
        assertThat(api.requests()).hasSize(40)
                .extracting(r -> r.getHeader("X-Correlation-ID")).doesNotHaveDuplicates();
    }
}
