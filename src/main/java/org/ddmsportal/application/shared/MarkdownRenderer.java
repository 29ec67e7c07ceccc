package org.ddmsportal.application.shared;

/**
 * Turns user-written Markdown (case studies, lessons, guidelines) into HTML that is safe to show
 * as it is: raw HTML in the text is shown as text, links keep only web and mail addresses, and
 * the result holds nothing but harmless elements and attributes. The Markdown itself is stored
 * unchanged.
 */
public interface MarkdownRenderer {

    String toSafeHtml(String markdown);

    /**
     * The same as well-formed XHTML for documents (PDF), without images: a document renderer
     * must not fetch addresses a user wrote.
     */
    String toSafeXhtml(String markdown);
}
