package org.ddmsportal.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never reach a user: a stack trace or an exception's name. The page's own
 * scripts are left out (PrimeFaces' settings name the exception types web.xml maps to error
 * pages, e.g. {@code 'jakarta.faces.application.ViewExpiredException':'/error/expired.xhtml'}).
 */
final class StackTraces {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<script\\b.*?</script>");
    private static final Pattern LEAK = Pattern.compile(
            "\\tat [a-z]|\\.java:\\d|\\b[a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_]*(?:Exception|Error)\\b"
                    + "|\\b[A-Z][A-Za-z0-9]*Exception:");

    private StackTraces() {
    }

    /** The first leak in the text (with a little context), or null. */
    static String in(String body) {
        if (body == null) {
            return null;
        }
        String text = SCRIPT.matcher(body).replaceAll("");
        Matcher m = LEAK.matcher(text);
        if (!m.find()) {
            return null;
        }
        return text.substring(Math.max(0, m.start() - 80), Math.min(text.length(), m.end() + 80)).replace('\n', ' ');
    }
}
