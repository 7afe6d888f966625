package no.blaresept.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * The browser the tests drive: Debian's Chromium through Debian's chromedriver when the build found them
 * (system property {@code nettleser=chromium}, set by the {@code nettleser-chromium} profile), HtmlUnit
 * otherwise. The driver is named by path, so nothing ever downloads one.
 */
enum Nettleser {
    CHROMIUM, HTMLUNIT;

    static final Path CHROMIUM_BINAER = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The browser the build chose; without a choice, Chromium when both its files exist. */
    static Nettleser valgt() {
        String valg = System.getProperty("nettleser", "");
        if (!valg.isEmpty()) {
            return valueOf(valg.toUpperCase(java.util.Locale.ROOT));
        }
        return Files.isExecutable(CHROMIUM_BINAER) && Files.isExecutable(CHROMEDRIVER) ? CHROMIUM : HTMLUNIT;
    }

    WebDriver start() {
        return switch (this) {
            case CHROMIUM -> chromium();
            case HTMLUNIT -> new HtmlUnitDriver(true);
        };
    }

    private static WebDriver chromium() {
        Path profil;
        try {
            profil = Files.createTempDirectory("chromium-profil");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions valg = new ChromeOptions()
                .setBinary(CHROMIUM_BINAER.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profil, "--window-size=1280,1024", "--lang=nb");
        ChromeDriverService tjeneste = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(tjeneste, valg);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
