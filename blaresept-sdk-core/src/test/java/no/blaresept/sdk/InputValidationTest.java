package no.blaresept.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import no.blaresept.sdk.error.InvalidInputException;
import no.blaresept.sdk.soknad.Skjemaversjon;
import no.blaresept.sdk.soknad.Innsending;
import no.blaresept.sdk.soknad.SoknadId;
import no.blaresept.sdk.soknad.Soknadsreferanse;
import no.blaresept.sdk.vedtak.Dokumentreferanse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every input is checked before any request, with an error naming the field and never the value. */
class InputValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"a10", "A1", "A10B0", "A10BJ0", "A10BJ067", "10BJ06", " A10BJ06"})
    void refusesMalformedAtcCodes(String atc) {
        assertRefused(() -> Produkt.legemiddel(atc), "produkt.atcKode", "ATC_FORMAT", atc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "A10", "A10B", "A10BJ", "A10BJ06"})
    void acceptsAtcCodesOfEveryLevel(String atc) {
        assertThat(Produkt.legemiddel(atc).atcKode()).contains(atc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "1234567", "12a456", "", "12 456"})
    void refusesMalformedVarenummer(String varenummer) {
        assertRefused(() -> Produkt.naeringsmiddel(varenummer), "produkt.varenummer", "VARENUMMER_FORMAT", varenummer);
    }

    @Test
    void refusesProductsWithoutTheirIdentifier() {
        assertRefused(() -> Produkt.legemiddel(null), "produkt.atcKode", "PAKREVD", null);
        assertRefused(() -> Produkt.naeringsmiddel(null), "produkt.varenummer", "PAKREVD", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e11", "E 11", "E11.123456789", ""})
    void refusesMalformedDiagnosisCodes(String kode) {
        assertRefused(() -> Diagnose.icpc2(kode), "diagnose.kode", "DIAGNOSEKODE_FORMAT", kode);
    }

    @ParameterizedTest
    @CsvSource({"§3, BLARESEPTFORSKRIFTEN_3", "'§ 6', BLARESEPTFORSKRIFTEN_6", "5-25, FOLKETRYGDLOVEN_5_25",
        "§5-25, FOLKETRYGDLOVEN_5_25", "BLARESEPTFORSKRIFTEN_3, BLARESEPTFORSKRIFTEN_3"})
    void readsTheLegalBasisAsDoctorsWriteIt(String text, Hjemmel expected) {
        assertThat(Hjemmel.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"§4", "§5-24", "6a"})
    void refusesOtherLegalBases(String text) {
        assertRefused(() -> Hjemmel.parse(text), "hjemmel", "HJEMMEL_UKJENT", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"brs-2026-1", "BRS", "BRS 2026 000123", "BRS_2026_000123"})
    void refusesMalformedSoknadsreferanser(String ref) {
        assertRefused(() -> new Soknadsreferanse(ref), "soknadsreferanse", "SOKNADSREFERANSE_FORMAT", ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has space in it", "SOK_12345678"})
    void refusesMalformedSoknadIds(String id) {
        assertRefused(() -> new SoknadId(id), "soknadId", "SOKNAD_ID_FORMAT", id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "v2.1", "2.1.", "2.1.0.1"})
    void refusesMalformedSchemaVersions(String versjon) {
        assertRefused(() -> new Skjemaversjon(versjon), "skjemaversjon", "SKJEMAVERSJON_FORMAT", versjon);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a b", "dok?x=1", ""})
    void refusesMalformedDocumentReferences(String ref) {
        assertRefused(() -> new Dokumentreferanse(ref), "dokumentreferanse", "DOKUMENTREFERANSE_FORMAT", ref);
    }

    @ParameterizedTest
    @CsvSource({"pasient.fodselsnummer, hjemmel", "hjemmel, produkt", "produkt, pasient"})
    void prescriptionNamesTheFirstMissingRequiredField(String missing, String ignored) {
        Forskrivning.Builder b = Forskrivning.builder();
        if (!missing.equals("pasient.fodselsnummer")) {
            b.pasient(Testdata.FNR);
        }
        if (!missing.equals("hjemmel")) {
            b.hjemmel(Hjemmel.BLARESEPTFORSKRIFTEN_6);
        }
        if (!missing.equals("produkt")) {
            b.produkt(Produkt.naeringsmiddel("123456"));
        }
        assertRefused(b::build, missing, "PAKREVD", null);
    }

    @Test
    void prescriptionChecksTheFodselsnummerUnderItsField() {
        assertRefused(() -> Forskrivning.builder().pasient("01859012326"), "pasient.fodselsnummer",
                "FODSELSNUMMER_KONTROLLSIFFER", "01859012326");
    }

    @Test
    void applicationNamesMissingFieldsAndMalformedAttachmentFields() {
        assertRefused(() -> Innsending.builder().build(), "soknadId", "PAKREVD", null);
        assertRefused(() -> Innsending.builder().soknadId(new SoknadId("SOK-12345678")).build(),
                "skjemaversjon", "PAKREVD", null);
        assertRefused(() -> new Innsending.VedleggIFelt("vedlegg", null), "vedlegg.felt", "VEDLEGG_FELT", null);
    }

    @ParameterizedTest
    @CsvSource({"'', 1.0, epjSystem.navn", "Journal/System, 1.0, epjSystem.navn", "Journal (x), 1.0, epjSystem.navn",
        "Ærlig journal, 1.0, epjSystem.navn", "Journal, '', epjSystem.versjon", "Journal, 1 0, epjSystem.versjon"})
    void refusesEpjNamesThatWouldBreakTheUserAgent(String navn, String versjon, String field) {
        assertRefused(() -> new EpjSystem(navn, versjon), field, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://blaresept.example", "blaresept.example/api", "https://x.example/?a=1",
        "https://x.example/#f", "http:///nohost"})
    void refusesBaseUrisThatAreNotPlainHttpUrls(String uri) {
        assertRefused(() -> Environment.custom(URI.create(uri)), "baseUri", "BASE_URI", null);
    }

    @Test
    void refusesNonPositiveTimeoutsAndOutOfRangeRetries() {
        assertRefused(() -> Timeouts.DEFAULT.withTotal(Duration.ZERO), "timeouts.total", "TIDSAVBRUDD", null);
        assertRefused(() -> Timeouts.DEFAULT.withPerAttempt(Duration.ofSeconds(-1)), "timeouts.perAttempt",
                "TIDSAVBRUDD", null);
        assertRefused(() -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1)), "retryPolicy.maxAttempts",
                "FORSOK", null);
        assertRefused(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)),
                "retryPolicy.initialBackoff", "BACKOFF", null);
    }

    static void assertRefused(ThrowingCallable call, String field, String code, String value) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            if (code != null) {
                assertThat(e.code()).isEqualTo(code);
            }
            assertThat(e.getMessage()).contains(field);
            if (value != null && value.length() > 2) {
                assertThat(e.getMessage()).doesNotContain(value.trim());
            }
        });
    }
}
