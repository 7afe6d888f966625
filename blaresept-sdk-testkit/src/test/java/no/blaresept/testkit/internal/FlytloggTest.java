package no.blaresept.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import no.blaresept.testkit.ApiEndpoint;
import org.junit.jupiter.api.Test;

class FlytloggTest {

    @Test
    void aRecordedCallShowsNeitherPatientNorCorrelationId() {
        Flytlogg.Hendelse h = new Flytlogg.Hendelse(Instant.EPOCH, ApiEndpoint.DEL1, Optional.of("corr-123"), true, true,
                Optional.empty(), 200, Optional.of("SKJEMA"), Optional.empty(), Optional.of("02818512345"),
                Optional.of("soknad-1"), false, false);

        assertThat(h.toString()).contains("DEL1", "200").doesNotContain("02818512345", "corr-123", "soknad-1");
    }

    @Test
    void masksEveryRunOfElevenDigits() {
        assertThat(Maskering.fodselsnumre("a02818512345b 1234567890 /status/12857840060"))
                .isEqualTo("a***********b 1234567890 /status/***********");
    }
}
