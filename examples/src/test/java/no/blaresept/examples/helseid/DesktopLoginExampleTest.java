package no.blaresept.examples.helseid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import no.blaresept.testkit.helseid.MockHelseIdUser;
import org.junit.jupiter.api.Test;

class DesktopLoginExampleTest {

    @Test
    void mockLoginPrintsTheUserButNeitherThePersonalNumberNorTheToken() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int code = DesktopLoginExample.runOnMock(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        MockHelseIdUser user = MockHelseIdUser.standard();
        assertThat(code).as(printed).isZero();
        assertThat(printed).contains("user:            " + user.subject())
                .contains("HPR number:      " + user.hprNumber())
                .contains("security level:  4")
                .contains("fødselsnummer:   received (not shown)")
                .contains("token type:      DPoP")
                .doesNotContain(user.pid()).doesNotContain("eyJ");
    }
}
