package org.ddmsportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bean folders mirror the URLs (package-info of {@code web}): the backing bean of
 * {@code /app/agreements/view} lives in {@code web.agreements}, of {@code /app/search} in
 * {@code web.search}, of {@code /app/index} (the workspace) in {@code web} itself, of
 * {@code /showcase/…} in {@code web.showcase} and of {@code /verify} in {@code web.verify}. The
 * beans of {@code web.shared} serve every page; the showcase's search page is the portal's search. Views have no inline style (CSS classes in
 * {@code portal.css}).
 */
class ViewFoldersTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path WEB = Path.of("src/main/java/org/ddmsportal/web");
    private static final Pattern BEAN = Pattern.compile("#\\{([a-z][A-Za-z]*Backing)\\b");

    /** The package (relative to web, "" for web itself) of each class under web, by simple name. */
    private static Map<String, String> packages() throws IOException {
        Map<String, String> packages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEB)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String name = f.getFileName().toString().replace(".java", "");
                String folder = WEB.relativize(f.getParent()).toString().replace('/', '.');
                packages.put(name, folder);
            });
        }
        return packages;
    }

    /** The showcase's search is the portal's search (one bean, WEB-INF/parts/search.xhtml) for anonymous readers. */
    private static final Map<String, String> SHARED_PAGES = Map.of("showcase/search.xhtml", "search");

    /** The package a view's beans belong in: the view's URL folder, "-" dropped. */
    static String expectedPackage(String view) {
        if (SHARED_PAGES.containsKey(view)) {
            return SHARED_PAGES.get(view);
        }
        String path = view.replaceFirst("\\.xhtml$", "");
        if (path.startsWith("app/")) {
            path = path.substring("app/".length());
        }
        int slash = path.indexOf('/');
        String folder = slash < 0 ? path : path.substring(0, slash);
        return "index".equals(folder) ? "" : folder.replace("-", "");
    }

    private static List<String> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> WEBAPP.relativize(f).toString())
                    .filter(v -> !v.startsWith("WEB-INF/") && !v.startsWith("resources/"))
                    .sorted().toList();
        }
    }

    @Test
    void theBeansOfAPageLiveInThePackageOfItsFolder() throws IOException {
        Map<String, String> packages = packages();
        List<String> misplaced = new ArrayList<>();
        int checked = 0;
        for (String view : views()) {
            Matcher m = BEAN.matcher(Files.readString(WEBAPP.resolve(view)));
            while (m.find()) {
                String bean = m.group(1);
                String type = Character.toUpperCase(bean.charAt(0)) + bean.substring(1);
                String actual = packages.get(type);
                checked++;
                if (actual == null) {
                    misplaced.add(view + ": no class " + type + " under web");
                } else if (!actual.equals("shared") && !actual.equals(expectedPackage(view))) {
                    misplaced.add(view + ": " + type + " is in web." + actual + ", belongs in web."
                            + expectedPackage(view));
                }
            }
        }
        assertTrue(checked > 40, "found the pages' beans: " + checked);
        assertEquals(List.of(), misplaced);
    }

    @Test
    void theFolderRuleReadsURLsAsIntended() {
        assertEquals("agreements", expectedPackage("app/agreements/view.xhtml"));
        assertEquals("casestudies", expectedPackage("app/case-studies/edit.xhtml"));
        assertEquals("search", expectedPackage("app/search.xhtml"));
        assertEquals("", expectedPackage("app/index.xhtml"));
        assertEquals("showcase", expectedPackage("showcase/case-study.xhtml"));
        assertEquals("verify", expectedPackage("verify.xhtml"));
    }

    @Test
    void viewsHaveNoInlineStyle() throws IOException {
        List<String> styled = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                if (Pattern.compile("\\sstyle=\"").matcher(Files.readString(f)).find()) {
                    styled.add(WEBAPP.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), styled);
    }
}
