package no.blaresept.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import no.blaresept.sdk.BlareseptClient;
import no.blaresept.testkit.BlareseptMockServer;
import no.blaresept.testkit.ApiEndpoint;
import no.blaresept.testkit.FaultPreset;
import no.blaresept.testkit.ReceivedRequest;
import no.blaresept.testkit.Testpasient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * The reference form in a real browser (Chromium when present, HtmlUnit otherwise), against the embedded
 * mock: the whole process, live visibility and validation without reloads, attachments, every outcome,
 * keyboard-only use, axe-core on every page, and no fødselsnummer in any URL or log line.
 * Runs in {@code mvn verify} (failsafe; see the {@code nettleser-*} profiles in examples/pom.xml).
 */
class SkjemaserverE2E {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Nettleser NETTLESER = Nettleser.valgt();
    /** Held, so its level (everything) is not lost when an unreferenced logger is collected. */
    private static final Logger SERVERLOGG = Logger.getLogger(Skjemaserver.class.getName());
    private static BlareseptMockServer mock;
    private static BlareseptClient client;
    private static Skjemaserver server;
    private static WebDriver driver;
    private static final List<String> LOGG = new ArrayList<>();
    private static final Handler LOGGFANGER = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (LOGG) {
                LOGG.add(r.getLoggerName() + " " + r.getMessage() + " " + r.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final List<String> adresser = new ArrayList<>();
    private Skjemabruker lege;
    private String fodselsnummer;
    @TempDir
    Path filer;

    @BeforeAll
    static void start() {
        Logger rot = Logger.getLogger("");
        rot.addHandler(LOGGFANGER);
        SERVERLOGG.setLevel(Level.ALL);
        mock = BlareseptMockServer.start();
        client = mock.clientBuilder().build();
        server = Skjemaserver.start(client, InetAddress.getLoopbackAddress(), 0);
        driver = NETTLESER.start();
    }

    @AfterAll
    static void stopp() {
        if (driver != null) {
            driver.quit();
        }
        server.close();
        client.close();
        mock.close();
        Logger.getLogger("").removeHandler(LOGGFANGER);
    }

    @BeforeEach
    void nyLege(TestInfo test) {
        lege = new Skjemabruker(driver, NETTLESER, server.adresse(), adresser, test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void ingenFodselsnummerIAdresserEllerLogg() {
        if (fodselsnummer == null) {
            return; // the test did not run (an assumption stopped it)
        }
        assertThat(adresser).isNotEmpty().noneMatch(a -> a.contains(fodselsnummer));
        synchronized (LOGG) {
            assertThat(LOGG).isNotEmpty().noneMatch(linje -> linje.contains(fodselsnummer));
        }
    }

    @Test
    void helProsessTilInnvilgetSoknadMedLevendeSkjema() throws IOException {
        start(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        assertThat(lege.overskrift()).isEqualTo("Ingen vedtak funnet");
        lege.side("vedtak");
        lege.trykk(By.cssSelector("form[action='/soknad'] button"));
        assertThat(lege.overskrift()).isEqualTo("Søknadsskjema, del 1 av 3");
        lege.side("del1");
        ((JavascriptExecutor) driver).executeScript("window.ingenOmlasting = true;");

        // A live error appears next to the field and clears when the value is fixed.
        lege.skriv("/pasient/hoyde", "12,5");
        lege.vent(d -> !lege.feil("/pasient/hoyde").isEmpty());
        assertThat(lege.input("/pasient/hoyde").getDomAttribute("aria-invalid")).isEqualTo("true");
        lege.skjermbildeVed("/pasient/hoyde", "del1-levende-feil");
        lege.skriv("/pasient/hoyde", "180");
        lege.vent(d -> lege.feil("/pasient/hoyde").isEmpty());
        assertThat(lege.input("/pasient/hoyde").getDomAttribute("aria-invalid")).isNull();

        // A conditional branch shown and hidden by an answer; its value must not be sent.
        assertThat(lege.synlig("/pasient/tolkSprak")).isFalse();
        lege.jaNei("/pasient/tolkBehov", true);
        lege.vent(d -> lege.synlig("/pasient/tolkSprak"));
        assertThat(lege.felt("/pasient/tolkSprak").getText()).contains("(obligatorisk)");
        lege.skriv("/pasient/tolkSprak", "Engelsk");
        lege.tilgjengelighet("del1-betinget");
        lege.skjermbildeVed("/pasient/tolkSprak", "del1-betinget");
        lege.jaNei("/pasient/tolkBehov", false);
        lege.vent(d -> !lege.synlig("/pasient/tolkSprak"));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.ingenOmlasting === true;")).isEqualTo(true);

        lege.skriv("/legemiddel/dosering", "0,25 mg én gang i uken");
        lege.neste();
        del2MedDiagnose();

        assertThat(lege.overskrift()).isEqualTo("Søknadsskjema, del 3 av 3");
        lege.side("del3");
        lege.jaNei("/erklaering/bekreftetRiktig", true);
        lege.leggTil("/vedlegg");
        lege.side("del3-vedlegg");
        lege.lastOpp("/vedlegg/0/innhold", fil("bilde.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}));
        lege.vent(d -> !lege.feil("/vedlegg/0/innhold").isEmpty());
        lege.skjermbildeVed("/vedlegg", "del3-vedlegg-avvist");
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        lege.lastOpp("/vedlegg/0/innhold", fil("epikrise.pdf", pdf));
        lege.vent(d -> lege.feil("/vedlegg/0/innhold").isEmpty()
                && lege.felt("/vedlegg/0/innhold").getText().contains("Fil lagt ved"));
        assertThat(lege.input("/vedlegg/0/filnavn").getDomProperty("value")).isEqualTo("epikrise.pdf");
        lege.skriv("/vedlegg/0/beskrivelse", "Epikrise fra sykehuset");
        lege.tilgjengelighet("del3-vedlegg-godtatt");
        lege.skjermbildeVed("/vedlegg", "del3-vedlegg-godtatt");
        lege.neste();

        kontrollerOgSend();
        assertThat(lege.overskrift()).isEqualTo("Søknaden er innvilget");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Søknadskvittering");
        lege.side("innvilget");

        JsonNode sendt = JSON.readTree(sisteSending().body()).path("skjemadata");
        assertThat(sendt.at("/pasient/tolkBehov").asBoolean(true)).isFalse();
        assertThat(sendt.at("/pasient").has("tolkSprak")).as("stale value of a hidden branch").isFalse();
        assertThat(sendt.at("/pasient/hoyde").asInt()).isEqualTo(180);
        assertThat(sendt.at("/vedlegg/0/filnavn").asText()).isEqualTo("epikrise.pdf");
        assertThat(Base64.getDecoder().decode(sendt.at("/vedlegg/0/innhold").asText())).isEqualTo(pdf);
        assertThat(sendt.at("/pasient/fodselsnummer").asText()).as("prefilled, hidden, still sent (F-2.6)").isEqualTo(fodselsnummer);
        assertThat(driver.findElements(By.cssSelector("[data-sti='/pasient/fodselsnummer']"))).isEmpty();
    }

    @Test
    void helProsessMedBareTastatur() {
        assumeTrue(NETTLESER == Nettleser.CHROMIUM, "HtmlUnit moves no focus on TAB: keyboard use is tested in Chromium");
        fodselsnummer = Testpasient.D_NUMMER.fodselsnummer().value();
        driver.manage().deleteAllCookies();
        driver.get(server.adresse().toString());
        lege.tast(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Hopp til hovedinnhold");
        lege.tabTil(By.id("fodselsnummer"));
        lege.tast(fodselsnummer);
        lege.tabTil(By.id("atc"));
        lege.tast("A10BJ06");
        lege.enter();
        lege.tabTil(By.cssSelector("form[action='/soknad'] button"));
        lege.enter();
        lege.tabTil(inputVed("/legemiddel/dosering"));
        lege.tast("1 tablett daglig");
        lege.tabTil(By.cssSelector("button[value='neste']"));
        lege.enter();
        lege.tabTil(By.cssSelector("button[value='legg-til /diagnoser']"));
        lege.enter();
        lege.tabTil(inputVed("/diagnoser/0/kodeverk"));
        lege.tast("ICD");
        lege.vent(d -> driver.findElement(By.id("h" + Html.id("/diagnoser/0/kode"))).getText().contains("ICD-10"));
        lege.tabTil(inputVed("/diagnoser/0/kode"));
        lege.tast("E11");
        lege.tabTil(By.cssSelector("button[value='neste']"));
        lege.enter();
        lege.tabTil(By.id(Html.id("/erklaering/bekreftetRiktig") + "-true"));
        lege.tast(Keys.SPACE);
        lege.tabTil(By.cssSelector("button[value='neste']"));
        lege.skjermbildeVed("/erklaering", "tastatur-del3");
        lege.enter();
        lege.tabTil(By.cssSelector("form[action='/send'] button"));
        lege.enter();
        assertThat(lege.overskrift()).isEqualTo("Søknaden er innvilget");
    }

    @Test
    void avslagViserBegrunnelsen() {
        sendMinsteSoknad(Testpasient.AVSLAG.fodselsnummer().value());
        assertThat(lege.overskrift()).isEqualTo("Søknaden er avslått");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Begrunnelse");
        lege.side("avslag");
    }

    @Test
    void manuellSaksbehandlingGirReferanseOgStatus() {
        sendMinsteSoknad(Testpasient.MANUELL_SAKSBEHANDLING.fodselsnummer().value());
        assertThat(lege.overskrift()).isEqualTo("Søknaden er til manuell saksbehandling");
        assertThat(driver.findElement(By.cssSelector(".referanse")).getText()).isNotBlank();
        lege.side("manuell");
        lege.trykk(By.cssSelector("form[action='/status'] button"));
        assertThat(driver.findElement(By.cssSelector("section[aria-live]")).getText()).contains("Status");
        lege.side("manuell-status");
    }

    @Test
    void ukjentUtfallAvSendingSendesAldriPaNyttMenSjekkes() {
        tilKontroll(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        int forSending = mock.mottatt(ApiEndpoint.SEND).size();
        mock.fault(ApiEndpoint.SEND, FaultPreset.connectionReset()); // armed last: no other test can meet it
        kontrollerOgSend();
        assertThat(lege.overskrift()).isEqualTo("Usikkert om søknaden kom fram");
        assertThat(driver.findElements(By.cssSelector("form[action='/send']"))).as("no second send offered").isEmpty();
        lege.side("ukjent-utfall");
        lege.trykk(By.cssSelector("form[action='/avklar'] button"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Søknaden kom fram. Ikke send den på nytt.");
        assertThat(mock.mottatt(ApiEndpoint.SEND)).as("sent once, never retried").hasSize(forSending + 1);
        lege.side("ukjent-utfall-avklart");
    }

    @Test
    void ugyldigFodselsnummerGirFeilVedFeltet() {
        start("12345678901");
        assertThat(lege.overskrift()).isEqualTo("Ny søknad");
        assertThat(driver.findElement(By.id("efodselsnummer")).getText()).contains("Fødselsnummeret er ikke gyldig");
        assertThat(driver.findElement(By.id("fodselsnummer")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(driver.getPageSource()).doesNotContain(fodselsnummer);
        lege.side("start-feil");
    }

    @Test
    void manglendeSvarGirFeilsammendragMedLenker() {
        start(Testpasient.INGEN_VEDTAK.fodselsnummer().value());
        lege.trykk(By.cssSelector("form[action='/soknad'] button"));
        lege.skriv("/legemiddel/navn", "");
        lege.neste();
        assertThat(driver.findElement(By.id("feilsammendrag")).getText()).contains("Legemiddelnavn").contains("Dosering");
        assertThat(lege.feil("/legemiddel/dosering")).isNotEmpty();
        lege.side("del1-feilsammendrag");
    }

    private static By inputVed(String sti) {
        return By.cssSelector("[data-sti='" + sti + "'] input, [data-sti='" + sti + "'] select, [data-sti='" + sti + "'] textarea");
    }

    private void start(String pasient) {
        fodselsnummer = pasient;
        lege.startSoknad(pasient);
    }

    /** The shortest way through the form for a patient, up to the service's answer to send. */
    private void sendMinsteSoknad(String pasient) {
        tilKontroll(pasient);
        kontrollerOgSend();
    }

    private void tilKontroll(String pasient) {
        start(pasient);
        lege.trykk(By.cssSelector("form[action='/soknad'] button"));
        fyllUtMinste();
    }

    private void fyllUtMinste() {
        lege.skriv("/legemiddel/dosering", "1 tablett daglig");
        lege.neste();
        del2MedDiagnose();
        lege.jaNei("/erklaering/bekreftetRiktig", true);
        lege.neste();
    }

    private void del2MedDiagnose() {
        assertThat(lege.overskrift()).isEqualTo("Søknadsskjema, del 2 av 3");
        lege.leggTil("/diagnoser");
        lege.velg("/diagnoser/0/kodeverk", "ICD-10");
        lege.vent(d -> driver.findElement(By.id("h" + Html.id("/diagnoser/0/kode"))).getText().contains("ICD-10"));
        lege.skriv("/diagnoser/0/kode", "E11");
        lege.side("del2-diagnose");
        lege.neste();
    }

    private void kontrollerOgSend() {
        assertThat(lege.overskrift()).as(driver.findElements(By.id("feilsammendrag")).stream()
                .map(e -> e.getText()).findFirst().orElse("")).isEqualTo("Søknaden er klar til innsending");
        lege.side("kontroll");
        lege.trykk(By.cssSelector("form[action='/send'] button"));
    }

    private ReceivedRequest sisteSending() {
        List<ReceivedRequest> sendinger = mock.mottatt(ApiEndpoint.SEND);
        assertThat(sendinger).isNotEmpty();
        return sendinger.get(sendinger.size() - 1);
    }

    private Path fil(String navn, byte[] innhold) throws IOException {
        return Files.write(filer.resolve(navn), innhold);
    }
}
