package no.blaresept.sdk.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the SDK retries per endpoint is what {@code docs/api/blaresept-api.yaml} says ({@code x-retry}). */
class EndpointRetryContractTest {

    private static final Pattern OPERATION = Pattern.compile("(?m)^  (/api/blaresept/\\S+):\\s*$[\\s\\S]*?^      x-retry: (\\S+)$");

    @Test
    void everyEndpointsRetryIsTheContracts() throws Exception {
        String yaml = Files.readString(Path.of("../docs/api/blaresept-api.yaml"));
        Map<String, String> contract = new HashMap<>();
        for (Matcher m = OPERATION.matcher(yaml); m.find(); ) {
            contract.put(m.group(1), m.group(2));
        }
        for (Endpoint endpoint : Endpoint.values()) {
            String documented = contract.entrySet().stream().filter(e -> e.getKey().startsWith(endpoint.path()))
                    .map(Map.Entry::getValue).findFirst().orElse("(none)");
            assertThat(documented).as(endpoint.name())
                    .isEqualTo(endpoint.retry().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }
}
