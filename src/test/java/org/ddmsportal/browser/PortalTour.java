package org.ddmsportal.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;

/**
 * Takes screenshots of the main pages of a running portal, for people to look at (docs, review):
 * {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.ddmsportal.browser.PortalTour
 * -Dexec.args="http://localhost:8080 manager.rs demo target/screenshots"}.
 */
public final class PortalTour {

    private PortalTour() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String user = args.length > 1 ? args[1] : "manager.rs";
        String password = args.length > 2 ? args[2] : "demo";
        Path out = Path.of(args.length > 3 ? args[3] : "target/screenshots");
        try (Browser browser = new Browser()) {
            browser.open(base + "/");
            browser.screenshot(out.resolve("01-home.png"));
            browser.find(By.id("signIn")).click();
            browser.screenshot(out.resolve("02-keycloak.png"));
            browser.signInThroughKeycloak(user, password);
            browser.waitFor(By.id("welcome"));
            browser.screenshot(out.resolve("03-dashboard.png"));
            String[] defaults = {"partnerships/list", "partnerships/view.xhtml?id=1&x=",
                    "partnerships/edit.xhtml?id=1&x=", "organisations/list", "contacts/list", "countries/list",
                    "organisations/edit", "admin/audit", "agreements/list", "agreements/view.xhtml?id=1&x=",
                    "agreements/edit.xhtml?id=1&x=", "agreements/edit.xhtml?partnership=1&x=", "admin/workflows", "pilots/list", "pilots/view.xhtml?id=1&x=",
                    "pilots/edit.xhtml?id=1&x=", "pilots/edit", "datasets/list", "datasets/view.xhtml?id=1&x=", "datasets/edit.xhtml?id=1&x=",
                    "indicators/list", "indicators/view.xhtml?id=2&x=", "indicators/view.xhtml?id=1&x=",
                    "indicators/edit.xhtml?id=1&x=", "decisions/list", "decisions/view.xhtml?id=1&x=",
                    "decisions/edit.xhtml?id=1&x=", "lineage.xhtml?kind=decision&id=1&x=", "lineage.xhtml?kind=dataset&id=1&x=",
                    "case-studies/list", "case-studies/view.xhtml?id=3&x=", "case-studies/edit.xhtml?id=3&x=",
                    "case-studies/view.xhtml?id=1&x=", "search.xhtml?q=data&x=", "guidelines/list",
                    "guidelines/view.xhtml?id=1&x=", "guidelines/edit.xhtml?id=1&x=", "activities/list",
                    "activities/view.xhtml?id=2&x=", "activities/edit.xhtml?id=2&x=", "/showcase/",
                    "/showcase/case-studies/pl-mobility-statistics-for-poznan"};
            // a fifth argument: the pages to visit (comma-separated, under /app/ or from the root with a leading /)
            String[] pages = args.length > 4 ? args[4].split(",") : defaults;
            for (String page : pages) {
                browser.open(page.startsWith("/") ? base + page
                        : base + "/app/" + (page.contains(".xhtml") ? page : page + ".xhtml"));
                Thread.sleep(800);
                browser.screenshot(out.resolve("page-" + page.replaceAll("[/?=&.]", "-") + ".png"));
                // an edit page's first multiple picker, its suggestions open for two typed letters
                var picker = browser.driver().findElements(By.cssSelector(".ui-autocomplete-multiple input[role='combobox']"));
                if (!picker.isEmpty()) {
                    picker.get(0).sendKeys("St");
                    Thread.sleep(1200);
                    browser.screenshot(out.resolve("page-" + page.replaceAll("[/?=&.]", "-") + "-picker.png"));
                }
                for (String section : new String[] {"cityMap", "importSection", "phase", "data", "review", "lessons",
                        "attachments", "clearances", "stakeholders"}) {
                    var found = browser.driver().findElements(org.openqa.selenium.By.id(
                            section.equals("phase") ? "phases" : section.equals("data") ? "sources" : section));
                    var tab = browser.driver().findElements(org.openqa.selenium.By.cssSelector("a[href$='" + section + "Tab']"));
                    if (!tab.isEmpty()) {
                        tab.get(0).click();
                        Thread.sleep(300);
                    }
                    if (!found.isEmpty()) {
                        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                                .executeScript("arguments[0].scrollIntoView({block:'start'})", found.get(0));
                        Thread.sleep(500);
                        browser.screenshot(out.resolve("page-" + page.replaceAll("[/?=&.]", "-") + "-" + section + ".png"));
                    }
                }
            }
            browser.open(base + "/verify.xhtml");
            browser.screenshot(out.resolve("page-verify.png"));
        }
    }
}
