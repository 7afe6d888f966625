package no.blaresept.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireMockLoggTest {

    @Test
    void keepsOnlyTheRequestLineOfARequestDumpWithDigitRunsMasked() {
        String dump = "Request received:\n127.0.0.1 - GET /api/blaresept/soknad/status/12857840060\n\n"
                + "Authorization: [Bearer secret-token]\n{\"pasient\":{\"fodselsnummer\":\"12857840060\"}}";

        assertThat(WireMockLogg.forsteLinje(dump))
                .isEqualTo("Request received: 127.0.0.1 - GET /api/blaresept/soknad/status/***********");
    }
}
