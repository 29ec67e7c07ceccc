package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.shared.MarkdownRenderer;

/**
 * {@code #{markdown.html(text)}}: user-written Markdown as safe HTML, for
 * {@code <h:outputText escape="false">} — the only place pages show unescaped text.
 */
@Named("markdown")
@ApplicationScoped
public class Markdown {

    @Inject
    MarkdownRenderer renderer;

    public String html(String text) {
        return text == null || text.isBlank() ? "" : renderer.toSafeHtml(text);
    }
}
