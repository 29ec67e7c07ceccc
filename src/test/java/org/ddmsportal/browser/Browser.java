package org.ddmsportal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with a fresh profile that is deleted afterwards,
 * and the few actions the journeys repeat (sign in through Keycloak's form, wait, screenshot).
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser() throws IOException {
        profile = Files.createTempDirectory("ddms-chromium");
        downloads = profile.resolve("downloads");
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("ddms.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=en-GB",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("ddms.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Every document records the Content-Security-Policy violations it meets (a blocked inline
        // script or handler, a script from elsewhere), so tests can assert there were none.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) {"
                        + " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')); });"
                        + " window.addEventListener('error', function (e) {"
                        + " window.__csp.push('script error: ' + e.message); });"));
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Sends this header with every request from now on (as a client could forge it). */
    public void sendHeader(String name, String value) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", java.util.Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders", java.util.Map.of("headers", java.util.Map.of(name, value)));
    }

    /**
     * The Content-Security-Policy violations and uncaught script errors the current page has met
     * so far (a handler moved under the CSP into a script that cannot run shows as an error).
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> cspViolations() {
        Object found = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.__csp || [];");
        return found instanceof java.util.List<?> list ? (java.util.List<String>) list : java.util.List.of();
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Fills Keycloak's login form (the page the portal redirected to) and submits it. */
    public Browser signInThroughKeycloak(String username, String password) {
        waitFor(By.id("username"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    public WebElement waitFor(By locator) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw explained(e);
        }
    }

    public void waitForText(By locator, String text) {
        try {
            // Read afresh on every poll: an ajax update may replace the element while Chromium reads
            // it ("stale element", or "node does not belong to the document"); that is a retry.
            wait.until(d -> {
                try {
                    return d.findElement(locator).getText().contains(text);
                } catch (org.openqa.selenium.WebDriverException replacedOrMissing) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw explained(e);
        }
    }

    /** Waits until the condition holds (e.g. the address a script rewrote). */
    public void waitUntil(Function<WebDriver, Boolean> condition) {
        try {
            wait.until(condition::apply);
        } catch (TimeoutException e) {
            throw explained(e);
        }
    }

    /** Waits until exactly {@code count} elements match (an ajax update that filters a table, say). */
    public void waitForCount(By locator, int count) {
        try {
            wait.until(d -> d.findElements(locator).size() == count);
        } catch (TimeoutException e) {
            throw explained(e);
        }
    }

    /** A time-out that says where the browser was and what it showed. */
    private TimeoutException explained(TimeoutException e) {
        String body;
        try {
            body = driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException other) {
            body = "(no body)";
        }
        return new TimeoutException("at " + driver.getCurrentUrl() + " showing: "
                + body.substring(0, Math.min(body.length(), 800)), e);
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    /**
     * Picks a record in an autocomplete picker ({@code ddms:picker}) with the keyboard, as a user
     * does: types the text into the field, waits for the server's suggestions, moves the
     * highlight with the arrow keys to the suggestion with this label and presses Enter.
     *
     * @param pickerId the picker's client id, e.g. {@code form:city}
     */
    public void pick(String pickerId, String text, String label) {
        WebElement input = waitFor(By.id(pickerId + "_input"));
        input.click();
        input.sendKeys(text);
        String panel = "//*[@id='" + pickerId + "_panel']";
        String wanted = panel + "//li[contains(@class, 'ui-autocomplete-item') and @data-item-label=" + xpathText(label) + "]";
        waitFor(By.xpath(wanted));
        for (int i = 0; i < 25; i++) {
            if (!driver.findElements(By.xpath(wanted + "[contains(@class, 'ui-state-highlight')]")).isEmpty()) {
                break;
            }
            input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        awaitAjax();
    }

    /** A text as an XPath string literal, whatever quotes it holds. */
    private static String xpathText(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Waits for a finished download whose name ends with the suffix and returns its path.
     * Chromium puts an empty file under the final name while it writes {@code .crdownload}, so a
     * download is finished when no {@code .crdownload} is left and the file has its bytes.
     */
    public Path awaitDownload(String suffix) {
        return wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                java.util.List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return all.stream().filter(f -> f.getFileName().toString().endsWith(suffix))
                        .filter(f -> {
                            try {
                                return Files.size(f) > 0;
                            } catch (IOException e) {
                                return false;
                            }
                        }).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
