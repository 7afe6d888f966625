package no.blaresept.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import no.blaresept.sdk.Testdata;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.sdk.vedlegg.Vedlegg;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects 4 and 5 of issue 10: a fødselsnummer passed where a reference belongs, a file path in a cause. */
class PersonalDataInputTest {

    @Test
    void aReferenceShapedLikeAFodselsnummerIsRefusedBeforeAnyRequestWithoutEchoingIt() {
        for (Runnable made : new Runnable[] {() -> new Soknadsreferanse(Testdata.FNR),
            () -> new Soknadsreferanse("BRS-" + Testdata.FNR), () -> new Dokumentreferanse("dok_" + Testdata.FNR),
            () -> new SoknadId("SOK-" + Testdata.FNR)}) {
            assertThatThrownBy(made::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.code()).isEqualTo("REFERANSE_FODSELSNUMMER");
                assertThat(e.getMessage()).doesNotContain(Testdata.FNR);
            });
        }
        assertThat(new Soknadsreferanse("BRS-2026-000123").value()).isEqualTo("BRS-2026-000123");
    }

    @Test
    void anIdentifierWhoseLongerDigitRunHoldsAFodselsnummerWindowByChanceIsAccepted() {
        // A UUID's last group is twelve hex digits; all digits, it can hold a valid window by chance
        // (the testkit mock's UUID soknadIds did, about once in 10,000 flows).
        String uuid = "3f2a9c1e-0b7d-4e21-9a55-0" + Testdata.FNR;

        assertThat(new SoknadId(uuid).value()).isEqualTo(uuid);
    }

    @Test
    void aMissingAttachmentFileNamedAfterThePatientLeavesNoPathInTheMessageOrAnyCause(@TempDir Path dir) {
        Path missing = dir.resolve("Kari-Nordmann-" + Testdata.FNR + ".pdf");

        Throwable thrown = catchThrowable(() -> Vedlegg.of(missing));

        assertThat(thrown).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo("VEDLEGG_ULESELIG"));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(t.toString()).doesNotContain(Testdata.FNR, "Kari", dir.toString());
        }
    }

    @Test
    void anyFodselsnummerThatReachesAnSdkMessageIsMasked() {
        InvalidInputException e = new InvalidInputException("felt", "KODE", "gjelder " + Testdata.FNR);
        assertThat(e.getMessage()).doesNotContain(Testdata.FNR).contains("***********");
    }
}
