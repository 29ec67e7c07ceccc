package org.ddmsportal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.ddmsportal.infrastructure.document.SafeMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Markdown with scripts, javascript: links and event handlers renders inert; ordinary Markdown renders. */
class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void ordinaryMarkdownRenders() {
        String html = markdown.toSafeHtml("## Results\n\nThe **city** used the [forecast](https://stat.example.org/f).\n\n"
                + "- one\n- two\n\n> quoted");
        assertTrue(html.contains("<h2>Results</h2>"), html);
        assertTrue(html.contains("<strong>city</strong>"), html);
        assertTrue(html.contains("<a href=\"https://stat.example.org/f\" rel=\"nofollow noopener\">forecast</a>"), html);
        assertTrue(html.contains("<li>one</li>") && html.contains("<blockquote>"), html);
        assertEquals("", markdown.toSafeHtml("  "));
    }

    /** The forms say "headings, lists, links, tables": a GitHub table is a table, its cells escaped as any text. */
    @Test
    void aTableIsATable() {
        String html = markdown.toSafeHtml("| City | Value |\n|---|---:|\n| Novi Sad | 11.9 |\n| <b onclick=x>Niš</b> | 7 |");
        var doc = Jsoup.parseBodyFragment(html);
        assertEquals(1, doc.select("table").size(), html);
        assertEquals(List.of("City", "Value"), doc.select("th").eachText());
        assertEquals(List.of("Novi Sad", "11.9", "<b onclick=x>Niš</b>", "7"), doc.select("td").eachText());
        assertTrue(doc.select("[onclick]").isEmpty(), html);
        String xhtml = markdown.toSafeXhtml("| A | B |\n|---|---|\n| 1 | 2 |");
        assertTrue(xhtml.contains("<table>") && xhtml.contains("<td>1</td>"), xhtml);
    }

    @Test
    void anImageWhoseAddressIsRefusedIsItsAltTextAndAnHttpsImageStays() {
        assertEquals("<p>Before evidence map after</p>",
                markdown.toSafeHtml("Before ![evidence map](javascript:alert('x')) after").strip());
        assertEquals("<p>Plain  too</p>", markdown.toSafeHtml("Plain ![](http://insecure.example/x.png) too").strip());
        assertEquals("<p><img src=\"https://stat.example.org/map.png\" alt=\"Map\"></p>",
                markdown.toSafeHtml("![Map](https://stat.example.org/map.png)").strip());
    }

    @Test
    void scriptsJavascriptLinksAndEventHandlersAreInert() {
        String[] attacks = {
            "<script>alert('x')</script>",
            "[click](javascript:alert('x'))",
            "<a href=\"javascript:alert('x')\">click</a>",
            "<img src=x onerror=\"alert('x')\">",
            "![pic](javascript:alert('x'))",
            "<div onclick=\"alert('x')\">text</div>",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgneCcpPC9zY3JpcHQ+)",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg onload=alert('x')>",
        };
        for (String attack : attacks) {
            String html = markdown.toSafeHtml("Before\n\n" + attack + "\n\nAfter");
            // inspect what a browser would build from it, not the text
            for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                assertFalse(List.of("script", "iframe", "svg", "object", "embed", "style").contains(e.tagName()),
                        attack + " → " + html);
                for (Attribute a : e.attributes()) {
                    String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                    assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), attack + " → " + html);
                    assertFalse(value.startsWith("javascript:") || value.startsWith("data:"), attack + " → " + html);
                }
            }
            assertTrue(html.contains("Before") && html.contains("After"), attack + " → " + html);
        }
        // raw HTML is kept as visible text, not dropped: the author sees what they wrote
        assertTrue(markdown.toSafeHtml("<script>alert('x')</script>").contains("&lt;script&gt;"));
    }
}
