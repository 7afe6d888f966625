package no.blaresept.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.extension.RegisterExtension;

class BlareseptMockExtensionTest {

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class SharedPerClass {

        @RegisterExtension
        static final BlareseptMockExtension BLARESEPT = new BlareseptMockExtension();

        private static int forstePort;

        @Test
        @Order(1)
        void injectsTheRunningMock(BlareseptMockServer mock) {
            forstePort = mock.port();
            assertThat(mock).isSameAs(BLARESEPT.mock());
            mock.scenario(Scenario.VEDTAK_FUNNET);
            new RawClient(mock).postJson(ApiEndpoint.VEDTAK_SOK, RawClient.foresporsel(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));
        }

        @Test
        @Order(2)
        void resetsStateScenariosAndJournalBetweenTests(BlareseptMockServer mock) {
            assertThat(mock.port()).isEqualTo(forstePort);
            assertThat(mock.mottatt()).isEmpty();
            JsonNode svar = new RawClient(mock).postJson(ApiEndpoint.VEDTAK_SOK,
                    RawClient.foresporsel(Testpasient.INGEN_VEDTAK.fodselsnummer().value()));
            assertThat(svar.get("utfall").asText()).isEqualTo("INGEN_VEDTAK");
        }
    }

    @Nested
    class OnePerTest {

        @RegisterExtension
        final BlareseptMockExtension blaresept = new BlareseptMockExtension(
                call -> ApiAccessCheck.Decision.deny(403, "DPoP error=\"insufficient_scope\"", null));

        @Test
        void startsAMockWithTheGivenAccessCheck() {
            assertThat(new RawClient(blaresept.mock()).get(ApiEndpoint.SKJEMA.path()).statusCode()).isEqualTo(403);
        }
    }

    @Nested
    @BlareseptTest
    class ByAnnotation {

        @Test
        void injectsAMockIntoTestMethods(BlareseptMockServer mock) {
            assertThat(new RawClient(mock).get(ApiEndpoint.SKJEMA.path()).statusCode()).isEqualTo(200);
        }

        @Nested
        class NestedInside {
            @Test
            void nestedClassesShareTheOuterMock(BlareseptMockServer mock) {
                assertThat(mock.baseUrl().getHost()).isEqualTo("127.0.0.1");
                assertThat(new RawClient(mock).get(ApiEndpoint.SKJEMA.path()).statusCode()).isEqualTo(200);
            }
        }
    }
}
