package org.ddmsportal.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.ddmsportal.application.shared.MarkdownRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * CommonMark with tables (escaping raw HTML, sanitising link URLs), then jsoup's cleaner with a
 * safelist of text elements and tables, links (http, https, mailto; opened with {@code rel="nofollow noopener"}) and
 * images (https only) — so even a renderer bug cannot let a script, an event handler or a
 * {@code javascript:} URL through.
 */
@ApplicationScoped
public class SafeMarkdown implements MarkdownRenderer {

    /** CommonMark with GitHub's tables ({@code | City | Value |}), which the forms promise. */
    private static final java.util.List<org.commonmark.Extension> EXTENSIONS =
            java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img").addTags("img").addAttributes("img", "alt", "title", "src").addProtocols("img", "src", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addProtocols("a", "href", "http", "https", "mailto");

    @Override
    public String toSafeHtml(String markdown) {
        return render(markdown, clean -> {
            // an image whose address the safelist took away (javascript:, http:, none) is its alt text, not a broken image
            clean.select("img").stream().filter(img -> img.attr("src").isBlank())
                    .forEach(img -> img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt"))));
            clean.outputSettings().prettyPrint(false);
        });
    }

    @Override
    public String toSafeXhtml(String markdown) {
        return render(markdown, clean -> {
            clean.select("img").forEach(img -> img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt"))));
            clean.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                    .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);
        });
    }

    /** The Markdown as HTML cleaned by the safelist, finished by {@code output}; empty for no text. */
    private static String render(String markdown, Consumer<Document> output) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
        output.accept(clean);
        return clean.body().html();
    }
}
