package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page the browser shows and fails on any
 * violation. axe-core comes from npm ({@code src/test/a11y}); it is installed on first use
 * with {@code npm ci} when npm is on the PATH, and again when {@code package.json} names another
 * version than the one installed. Without npm the check cannot run: on CI that
 * fails the test, on a developer's machine it is reported and skipped.
 */
final class Accessibility {

    private static final Path HOME = Path.of(System.getProperty("ddms.basedir", ".")).resolve("src/test/a11y");
    private static final Path AXE = HOME.resolve("node_modules/axe-core/axe.min.js");
    private static String script;

    private Accessibility() {
    }

    static void check(Browser browser, String page) {
        // the page's scripts all ran under its Content-Security-Policy: nothing blocked, no script error
        java.util.List<String> blocked = browser.cspViolations();
        if (!blocked.isEmpty()) {
            fail("Content-Security-Policy violations or script errors on " + page + ": " + blocked);
        }
        String axe = axe();
        if (axe == null) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(function (r) { done(r.violations.map(function (v) {"
                        + "  return {id: v.id, impact: v.impact, help: v.help,"
                        + "          nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); })}; })); })"
                        + ".catch(function (e) { done([{id: 'axe-error', help: String(e)}]); });");
        if (!violations.isEmpty()) {
            StringBuilder report = new StringBuilder("Accessibility violations on " + page + ":");
            for (Map<String, Object> v : violations) {
                report.append("\n - ").append(v.get("id")).append(" (").append(v.get("impact")).append("): ")
                        .append(v.get("help")).append(" at ").append(v.get("nodes"));
            }
            fail(report.toString());
        }
    }

    /** The narrowest screen a page must fit without scrolling sideways (WCAG 2.1 1.4.10 Reflow). */
    static final int REFLOW_WIDTH = 320;

    /**
     * Shows the page 320 CSS pixels wide (a phone, or a desktop zoomed to 400%) and fails if it
     * then scrolls sideways, naming the elements that stick out; a table that scrolls within its
     * own box is allowed (1.4.10's exception for data tables); then runs {@link #check} at that
     * width. Call it where the page is at rest:
     * the change of size closes PrimeFaces' open overlays.
     */
    static void reflows(Browser browser, String page) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", REFLOW_WIDTH, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        try {
            // the page's own answer to the new size first: charts redraw on a ResizeObserver, frames
            // later; up to 5 s for it on a loaded machine, then what still sticks out is named
            chrome.executeAsyncScript("var done = arguments[arguments.length - 1], d = document.documentElement,"
                    + " until = Date.now() + 5000;"
                    + "(function poll() { if (d.scrollWidth <= d.clientWidth || Date.now() > until) { done(); }"
                    + " else { setTimeout(poll, 100); } })();");
            @SuppressWarnings("unchecked")
            List<String> wider = (List<String>) chrome.executeScript(
                    "var d = document.documentElement, out = [];"
                            + "if (d.scrollWidth <= d.clientWidth) { return out; }"
                            + "document.querySelectorAll('body *').forEach(function (e) {"
                            + "  var r = e.getBoundingClientRect();"
                            + "  if (r.width === 0 || r.right <= d.clientWidth + 1 || out.length >= 5) { return; }"
                            + "  for (var a = e.parentElement; a; a = a.parentElement) {"
                            + "    var o = getComputedStyle(a).overflowX; if (o !== 'visible') { return; } }"
                            + "  out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' (right edge at '"
                            + "    + Math.round(r.right) + ')'); });"
                            // text that runs out of its element (a long word) is no element's box: name its element
                            + "if (out.length === 0) { var w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), t;"
                            + "  while ((t = w.nextNode()) && out.length < 5) { var g = document.createRange(); g.selectNodeContents(t);"
                            + "    if (g.getBoundingClientRect().right > d.clientWidth + 1) {"
                            + "      out.push('text \"' + t.textContent.trim().slice(0, 40) + '\" in ' + t.parentElement.tagName.toLowerCase()"
                            + "        + (t.parentElement.id ? '#' + t.parentElement.id : '')); } } }"
                            + "if (out.length === 0) { out.push('the page is ' + d.scrollWidth + ' pixels wide'); }"
                            + "return out;");
            if (!wider.isEmpty()) {
                fail(page + " scrolls sideways at " + REFLOW_WIDTH + " CSS pixels: " + wider);
            }
            // and is as accessible so (a table scrolling in its box is reached from the keyboard), once
            // the page has answered its new size (two frames: its resize observers)
            chrome.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
            check(browser, page + " at " + REFLOW_WIDTH + " CSS pixels");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static synchronized String axe() {
        if (script != null) {
            return script;
        }
        try {
            if (!Files.exists(AXE) || !installedVersion().equals(pinnedVersion())) {
                install();
                if (Files.exists(AXE) && !installedVersion().equals(pinnedVersion()) && System.getenv("CI") != null) {
                    fail("axe-core " + installedVersion() + " is installed in " + HOME + ", package.json names "
                            + pinnedVersion() + ", and npm ci did not replace it");
                }
            }
            if (Files.exists(AXE)) {
                script = Files.readString(AXE);
                return script;
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        if (System.getenv("CI") != null) {
            fail("axe-core is not installed in " + HOME + " and npm could not install it");
        }
        System.err.println("WARNING: accessibility checks skipped: install Node.js/npm, or run npm ci in " + HOME);
        return null;
    }

    /** The axe-core version {@code package.json} names. */
    static String pinnedVersion() throws IOException {
        return version(HOME.resolve("package.json"), "\"axe-core\"\\s*:\\s*\"([^\"]+)\"");
    }

    /** The version installed in {@code node_modules}, or "" (an older install is replaced by {@code npm ci}). */
    static String installedVersion() throws IOException {
        Path installed = HOME.resolve("node_modules/axe-core/package.json");
        return Files.exists(installed) ? version(installed, "\"version\"\\s*:\\s*\"([^\"]+)\"") : "";
    }

    private static String version(Path file, String pattern) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(Files.readString(file));
        return m.find() ? m.group(1) : "";
    }

    private static void install() throws IOException, InterruptedException {
        Process npm;
        try {
            npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(HOME.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noNpm) {
            return;
        }
        npm.waitFor();
    }
}
