package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page the browser shows and fails on any
 * violation. axe-core comes from npm ({@code src/test/a11y}); it is installed on first use
 * with {@code npm ci} when npm is on the PATH. Without npm the check cannot run: on CI that
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

    private static synchronized String axe() {
        if (script != null) {
            return script;
        }
        try {
            if (!Files.exists(AXE)) {
                install();
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
