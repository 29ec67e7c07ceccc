package org.ddmsportal.application.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ddmsportal.application.shared.Html;

/**
 * Query terms and highlighted snippets. Terms are runs of letters and digits of three or more
 * characters (InnoDB's shortest indexed token) that are not InnoDB stop words; the boolean-mode
 * query asks for every term as a prefix. A snippet is plain text around the first match, HTML-escaped, with {@code <mark>}
 * around each match — the only markup it ever contains.
 */
public final class Highlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * InnoDB's default full-text stop words of three letters or more (MariaDB 11.4,
     * {@code INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD}; the shorter ones are never terms).
     * They are not in the index, and a required prefix of one ({@code +for*}) matches next to
     * nothing: "lessons for cities" found no lesson until they were left out of the terms.
     */
    static final Set<String> STOP_WORDS = Set.of("about", "are", "com", "for", "from", "how", "that", "the", "this",
            "und", "was", "what", "when", "where", "who", "will", "with", "www");

    private Highlighter() {
    }

    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return terms;
        }
        Matcher m = WORD.matcher(query);
        while (m.find() && terms.size() < 10) {
            String t = m.group().toLowerCase(Locale.ROOT);
            if (t.length() >= 3 && !STOP_WORDS.contains(t) && !terms.contains(t)) {
                terms.add(t);
            }
        }
        return terms;
    }

    /**
     * True when the query has words of three letters or more and all of them are stop words
     * ("the", "WHO"): no term is left, yet the user asked for something — not for everything.
     */
    public static boolean onlyStopWords(String query) {
        return query != null && terms(query).isEmpty()
                && WORD.matcher(query).results().anyMatch(m -> m.group().length() >= 3);
    }

    /** {@code +term1* +term2*}, or null when there is no term. */
    public static String booleanQuery(List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String t : terms) {
            b.append(b.isEmpty() ? "" : " ").append('+').append(t).append('*');
        }
        return b.toString();
    }

    /** Markdown reduced to its words: links to their text, marks and markup characters dropped. */
    public static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("[#*_`>~|\\\\]", "")
                .replaceAll("\\s+", " ").strip();
    }

    public static String snippet(String text, List<String> terms, int length) {
        String plain = plain(text);
        Pattern match = terms.isEmpty() ? null : Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:"
                + String.join("|", terms.stream().map(Pattern::quote).toList()) + ")[\\p{L}\\p{N}]*");
        int start = 0;
        if (match != null) {
            Matcher first = match.matcher(plain);
            if (first.find()) {
                start = Math.max(0, first.start() - length / 3);
                while (start > 0 && !Character.isWhitespace(plain.charAt(start - 1))) {
                    start--;
                }
            }
        }
        int end = Math.min(plain.length(), start + length);
        while (end < plain.length() && !Character.isWhitespace(plain.charAt(end)) && end - start < length + 30) {
            end++;
        }
        String window = plain.substring(start, end);
        StringBuilder out = new StringBuilder(start > 0 ? "… " : "");
        if (match == null) {
            out.append(Html.escape(window));
        } else {
            Matcher m = match.matcher(window);
            int last = 0;
            while (m.find()) {
                out.append(Html.escape(window.substring(last, m.start()))).append("<mark>")
                        .append(Html.escape(m.group())).append("</mark>");
                last = m.end();
            }
            out.append(Html.escape(window.substring(last)));
        }
        if (end < plain.length()) {
            out.append(" …");
        }
        return out.toString();
    }
}
