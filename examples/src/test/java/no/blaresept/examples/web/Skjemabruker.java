package no.blaresept.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A doctor using the form, as the browser tests drive it: finds fields by their JSON Pointer (the page's
 * {@code data-sti}), and after each page checks accessibility (axe-core, Chromium) and keeps a
 * screenshot. Every URL the browser visits is recorded, to prove none carries the fødselsnummer.
 */
final class Skjemabruker {
    static final Path SKJERMBILDER = Path.of("target", "skjermbilder");
    private static final Set<String> ALVORLIG = Set.of("serious", "critical");
    private final WebDriver driver;
    private final Nettleser nettleser;
    private final URI start;
    private final List<String> besokteAdresser;
    private final String navn;
    private int bildenummer;

    Skjemabruker(WebDriver driver, Nettleser nettleser, URI start, List<String> besokteAdresser, String navn) {
        this.driver = driver;
        this.nettleser = nettleser;
        this.start = start;
        this.besokteAdresser = besokteAdresser;
        this.navn = navn;
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens the start page in a fresh session and asks the decision lookup for this patient. */
    void startSoknad(String fodselsnummer) {
        driver.manage().deleteAllCookies();
        driver.get(start.toString());
        side("start");
        driver.findElement(By.id("fodselsnummer")).sendKeys(fodselsnummer);
        driver.findElement(By.id("atc")).sendKeys("A10BJ06");
        trykk(By.cssSelector("form[action='/start'] button"));
    }

    void trykk(By knapp) {
        driver.findElement(knapp).click();
        registrer();
    }

    /** Presses the form's button that adds an item to the list at {@code liste}. */
    void leggTil(String liste) {
        trykk(By.cssSelector("button[value='legg-til " + liste + "']"));
    }

    void neste() {
        trykk(By.cssSelector("button[value='neste']"));
    }

    String overskrift() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    WebElement felt(String sti) {
        return driver.findElement(By.cssSelector("[data-sti='" + sti + "']"));
    }

    WebElement input(String sti) {
        return felt(sti).findElement(By.cssSelector("input, select, textarea"));
    }

    /** Types into a field and leaves it, which sends the change to the server. */
    void skriv(String sti, String tekst) {
        WebElement input = input(sti);
        input.clear();
        input.sendKeys(tekst);
        input.sendKeys(Keys.TAB);
    }

    void velg(String sti, String synligTekst) {
        new Select(input(sti)).selectByVisibleText(synligTekst);
    }

    void jaNei(String sti, boolean ja) {
        felt(sti).findElement(By.cssSelector("input[value='" + ja + "']")).click();
    }

    void lastOpp(String sti, Path fil) {
        felt(sti).findElement(By.cssSelector("input[type=file]")).sendKeys(fil.toAbsolutePath().toString());
    }

    /** The text of the field's error message; empty when it shows none. */
    String feil(String sti) {
        WebElement feil = felt(sti).findElement(By.cssSelector(".feil"));
        return feil.isDisplayed() ? feil.getText() : "";
    }

    boolean synlig(String sti) {
        return felt(sti).isDisplayed();
    }

    /**
     * Presses TAB until the element has the keyboard focus: proves it is reachable by keyboard, in tab order.
     * Fails after {@code 800} presses.
     */
    void tabTil(By mal) {
        WebElement element = driver.findElement(mal);
        for (int i = 0; i < 800; i++) {
            if (driver.switchTo().activeElement().equals(element)) {
                return;
            }
            tast(Keys.TAB);
        }
        throw new AssertionError("not reachable with TAB: " + mal);
    }

    /** Keys typed on the keyboard, into whatever has the focus. */
    void tast(CharSequence... taster) {
        new Actions(driver).sendKeys(taster).perform();
    }

    /** Enter on the focused button: the page that follows is recorded like a click's. */
    void enter() {
        tast(Keys.ENTER);
        registrer();
    }

    /** Waits (at most ten seconds) for the page to reach a state, such as a live update's effect. */
    <T> T vent(Function<WebDriver, T> tilstand) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(tilstand);
    }

    /** After arriving on a page: records its URL, checks accessibility and keeps a screenshot. */
    void side(String sidenavn) {
        registrer();
        tilgjengelighet(sidenavn);
        skjermbilde(sidenavn);
    }

    private void registrer() {
        besokteAdresser.add(driver.getCurrentUrl());
    }

    /** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. Chromium only: axe needs a real engine. */
    void tilgjengelighet(String sidenavn) {
        if (nettleser != Nettleser.CHROMIUM) {
            return;
        }
        List<Rule> brudd = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver).getViolations();
        List<String> alvorlige = new ArrayList<>();
        for (Rule r : brudd) {
            if (ALVORLIG.contains(r.getImpact())) {
                alvorlige.add(r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " – " + r.getNodes().size() + " element(er)");
            }
        }
        assertThat(alvorlige).as("axe-core: alvorlige brudd på siden «%s»", sidenavn).isEmpty();
    }

    /** A screenshot with the field at {@code sti} in the middle of the window. */
    void skjermbildeVed(String sti, String sidenavn) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", felt(sti));
        skjermbilde(sidenavn);
    }

    void skjermbilde(String sidenavn) {
        if (!(driver instanceof TakesScreenshot kamera) || nettleser != Nettleser.CHROMIUM) {
            return;
        }
        try {
            Files.createDirectories(SKJERMBILDER);
            Path fil = SKJERMBILDER.resolve(String.format("%s-%02d-%s.png", navn, ++bildenummer, sidenavn));
            Files.copy(kamera.getScreenshotAs(OutputType.FILE).toPath(), fil, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
