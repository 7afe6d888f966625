package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import no.blaresept.sdk.internal.wire.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndepunktTest {

    @Test
    void theMockServesExactlyTheEndpointsTheClientCalls() {
        assertThat(Arrays.stream(ApiEndpoint.values()).map(e -> e.method() + " " + e.path() + " " + e.scope()))
                .containsExactlyElementsOf(Arrays.stream(Endpoint.values())
                        .map(e -> e.method() + " " + e.path() + " " + e.scope()).toList());
    }

    @Test
    void eachPathFindsItsEndpoint() {
        for (ApiEndpoint e : ApiEndpoint.values()) {
            String sti = e == ApiEndpoint.STATUS ? e.path() + "BRS-2026-001001" : e.path();
            assertThat(ApiEndpoint.forPath(sti)).contains(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/blaresept/soknad/status/", "/api/blaresept/vedtak/sok/", "/api/blaresept/soknad/del4"})
    void otherPathsAreNotPartOfTheApi(String sti) {
        assertThat(ApiEndpoint.forPath(sti)).isEmpty();
    }
}
