package org.ddmsportal.application.shared;

/**
 * Escaping text for HTML, where the portal adds its own marks (search snippets, diffs), and JSON
 * for a place inside a page (an inline script, a {@code data-*} attribute).
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * JSON made safe to place inside an inline {@code <script>} (PrimeFaces writes chart
     * configurations there) or an attribute: {@code <}, {@code >} and {@code &} become their
     * {@code \}u escapes, so a value can never close the script ({@code </script>}) or open a
     * comment or CDATA section; U+2028 and U+2029 (line terminators in JavaScript before ES2019)
     * likewise. The result is the same JSON value: these characters only occur inside strings.
     */
    public static String scriptJson(String json) {
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (char c : json.toCharArray()) {
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
