package org.assay.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assay.api.TestUsers;
import org.assay.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The analyst's page in headless Chromium, as an analyst uses it: change a fact, assess, read the
 * verdict and a measure, open an explanation, sign in to save the scenario and open it again from its link.
 * It needs Debian's chromium and chromium-driver; without them it is skipped, unless
 * {@code browser.test.required} is true, as {@code .ci/run} sets it.
 */
@QuarkusTest
class AnalystPageTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String MANDATE = "EuforMission.althea.mandateActive";
    private static final String TROOPS = "EuforMission.althea.troopsInCountry";

    private static WebDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL page;

    @Inject
    Database database;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Chromium or ChromeDriver is missing (apt-get install chromium chromium-driver; .ci/run installs them)";
            if (Boolean.getBoolean("browser.test.required")) {
                fail(missing);
            }
            abort(missing);
        }
        profile = Files.createTempDirectory("assay-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium keeps trying to reach Google's hosts, which this machine refuses.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1440,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** What the page showed at the end of each test, in target/browser-test, for a person to look at. */
    @AfterEach
    void keepScreenshot(TestInfo test) throws IOException {
        if (browser == null) {
            return;
        }
        screenshot(test.getTestMethod().map(m -> m.getName()).orElse("page"));
    }

    private static void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "browser-test"));
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void open(String url) {
        browser.get(url);
        browser.navigate().refresh();
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    /** Fills in the page's own sign-in form, which a save opens when nobody is signed in. */
    private void signIn(String user, String password) throws IOException {
        WebElement form = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        screenshot("sign-in");
        form.findElement(By.id("sign-in-user")).sendKeys(user);
        form.findElement(By.id("sign-in-password")).sendKeys(password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Opens the page, saves the form under a title, signing in as the analyst when asked, and finds it in the list. */
    private WebElement savedByTheAnalyst(String title) throws IOException {
        open(page.toString());
        browser.findElement(By.id("scenario-title")).sendKeys(title);
        browser.findElement(By.id("save")).click();
        signIn(TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD);
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ul[@id='saved']/li[button[contains(., '" + title + "')]]")));
    }

    private WebElement field(String path) {
        return browser.findElement(By.cssSelector("[data-path='" + path + "']"));
    }

    private boolean markedChanged(String path) {
        return field(path).findElement(By.xpath("ancestor::div[contains(@class, 'field')]")).getDomAttribute("class").contains("changed");
    }

    @Test
    void anAnalystChangesAFactAssessesReadsWhyAndSavesTheScenario() throws IOException {
        open(page.toString());

        new Select(field(MANDATE)).selectByValue("false");
        assertTrue(markedChanged(MANDATE), "a changed field stands out");
        browser.findElement(By.id("assess")).click();

        WebElement verdict = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertEquals("BLOCKED", verdict.getDomAttribute("data-verdict"));
        assertTrue(browser.findElement(By.id("assessment")).getText().contains("Blockers (1)"),
                "findings grouped under the headings the pack's vocabulary gives");
        WebElement reserves = browser.findElement(By.cssSelector("[data-measure='MANDATE_REAUTHORISATION']"));
        assertTrue(reserves.getText().contains("CRITICAL"), reserves.getText());

        WebElement lost = browser.findElement(By.cssSelector("[data-finding='EUFOR_MANDATE_LOST']"));
        lost.findElement(By.tagName("summary")).click();
        String explanation = lost.findElement(By.className("explanation")).getText();
        assertTrue(explanation.contains("mandateActive = false"), "the fact it matched, with its value: " + explanation);
        assertTrue(explanation.contains("Rule"), explanation);
        assertTrue(explanation.contains("A Čančar, Ismet Fatih (2024)"), "a citation with the reference the answer's sources give: " + explanation);
        assertTrue(browser.findElement(By.id("assessment")).getText().matches("(?s).*Assessment [0-9a-f-]{36}; pack version.*"),
                "the assessment's id, to cite it by");
        screenshot("assessed");

        browser.findElement(By.id("scenario-title")).sendKeys("Mandate lost, from the browser test");
        browser.findElement(By.id("save")).click();
        signIn(TestUsers.ANALYST, "wrong");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-in-error"), "wrong"));
        browser.findElement(By.id("sign-in-password")).sendKeys(TestUsers.ANALYST_PASSWORD);
        browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        WebElement share = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("share-url")));
        String link = share.getDomProperty("value");
        assertTrue(link.contains("#saved="), link);
        assertEquals("Signed in as analyst", browser.findElement(By.id("who-name")).getText());
        String id = link.substring(link.indexOf("#saved=") + "#saved=".length());
        assertTrue(browser.findElement(By.cssSelector("#saved li[data-id='" + id + "']")).getText().contains("by analyst"));
        screenshot("saved");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("signed-in");

        open(link);
        assertEquals("false", new Select(field(MANDATE)).getFirstSelectedOption().getDomAttribute("value"));
        assertTrue(markedChanged(MANDATE), "the saved change is a change from the base again");
        assertEquals("Mandate lost, from the browser test", browser.findElement(By.id("scenario-title")).getDomProperty("value"));
    }

    @Test
    void aFieldTheServiceRefusesShowsWhyBesideIt() {
        open(page.toString());

        WebElement troops = field(TROOPS);
        troops.clear();
        troops.sendKeys("-5");
        browser.findElement(By.id("assess")).click();

        String errorId = java.util.Arrays.stream(troops.getDomAttribute("aria-describedby").split(" "))
                .filter(id -> id.startsWith("error-")).findFirst().orElseThrow();
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(errorId)));
        assertEquals("expected an integer of at least 0 (troops), got -5", error.getText());
        assertEquals("true", troops.getDomAttribute("aria-invalid"));
    }

    @Test
    void theWhatIfToolsWorkFromTheSameForm() throws IOException {
        open(page.toString());
        new Select(field(MANDATE)).selectByValue("false");

        browser.findElement(By.id("compare")).click();
        WebElement comparison = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#comparison table")));
        assertTrue(comparison.getText().contains("MANDATE_REAUTHORISATION"), "the measure the change adds: " + comparison.getText());
        assertTrue(comparison.getText().contains(MANDATE), "and the fact that caused it");

        // Without its mandate EUFOR's size changes nothing, so the sweep runs with the mandate in force.
        new Select(field(MANDATE)).selectByValue("true");
        new Select(browser.findElement(By.id("sweep-lever"))).selectByValue(TROOPS);
        browser.findElement(By.id("sweep")).click();
        WebElement thresholds = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("thresholds")));
        assertTrue(thresholds.getText().contains("EUFOR_REINFORCEMENT"), thresholds.getText());
        assertTrue(browser.findElement(By.cssSelector("#sweep-result svg")).isDisplayed(), "the chart");
        String legend = browser.findElement(By.cssSelector("#sweep-result .legend")).getText();
        assertTrue(legend.contains("NOT READY") && legend.contains("HIGH"), "the colours named from the pack's ratings and priorities: " + legend);
        screenshot("swept");

        new Select(field(MANDATE)).selectByValue("false");
        browser.findElement(By.id("assess")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        new Select(browser.findElement(By.id("cf-kind"))).selectByValue("measuresGone");
        new Select(browser.findElement(By.id("cf-id"))).selectByValue("MANDATE_REAUTHORISATION");
        browser.findElement(By.id("counterfactual")).click();
        WebElement apply = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#solutions li button")));
        apply.click();
        assertEquals("true", new Select(field(MANDATE)).getFirstSelectedOption().getDomAttribute("value"),
                "the cheapest way to drop the call for re-authorisation is to restore the mandate");
    }

    @Test
    void savedScenariosAreRenamedAndDeletedFromTheList() throws IOException {
        WebElement item = savedByTheAnalyst("To rename");
        String id = item.getDomAttribute("data-id");

        WebElement title = item.findElement(By.tagName("input"));
        title.clear();
        title.sendKeys("Renamed");
        item.findElement(By.xpath("button[. = 'Rename']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#saved li[data-id='" + id + "']"), "Renamed"));

        browser.findElement(By.cssSelector("#saved li[data-id='" + id + "']")).findElement(By.xpath("button[. = 'Delete']")).click();
        browser.switchTo().alert().accept();
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#saved li[data-id='" + id + "']"), 0));
    }

    @Test
    void onlyTheOwnersScenariosOfferRenameAndDeleteAndARefusalNamesTheOwner() throws IOException {
        WebElement item = savedByTheAnalyst("Whose is it");
        String id = item.getDomAttribute("data-id");

        // when another analyst takes it over while the page still shows it as the user's
        database.inTransaction(c -> {
            try (var takeOver = c.prepareStatement("UPDATE scenario SET owner = 'other-analyst' WHERE id = ?")) {
                takeOver.setString(1, id);
                return takeOver.executeUpdate();
            }
        });
        item.findElement(By.xpath("button[. = 'Rename']")).click();

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(error.getText().contains("only the owner (other-analyst)"), error.getText());
        WebElement relisted = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#saved li[data-id='" + id + "']")));
        assertTrue(relisted.getText().contains("by other-analyst"), relisted.getText());
        assertEquals(0, relisted.findElements(By.xpath("button[. = 'Rename' or . = 'Delete']")).size(), "no controls for another's scenario");
        screenshot("not-owner");

        browser.findElement(By.id("sign-out")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("who-name"), "Not signed in"));
    }

    @Test
    void aNamedScenarioIsABaseAndOpensUnchanged() {
        open(page.toString());

        new Select(browser.findElement(By.id("base"))).selectByValue("leadership-change");
        assertEquals("0", browser.findElement(By.id("changed-count")).getText(), "an empty list in the base is no change");

        new Select(browser.findElement(By.id("base"))).selectByValue("eufor-mandate-lost");
        assertEquals("0", browser.findElement(By.id("changed-count")).getText());
        assertEquals("false", new Select(field(MANDATE)).getFirstSelectedOption().getDomAttribute("value"), "the scenario's value is the base");
        browser.findElement(By.id("assess")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        WebElement reserves = browser.findElement(By.cssSelector("[data-measure='MANDATE_REAUTHORISATION']"));
        reserves.findElement(By.tagName("summary")).click();
        assertTrue(reserves.getText().contains("Called for by"), "why the measure is recommended: " + reserves.getText());
    }
}
