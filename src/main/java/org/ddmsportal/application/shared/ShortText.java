package org.ddmsportal.application.shared;

/** Text cut to fit a place of fixed size (a diagram's box, a PDF cell, a picker's label). */
public final class ShortText {

    private ShortText() {
    }

    /**
     * {@code text} when it has at most {@code max} characters, otherwise its first {@code max - 1}
     * followed by "…" — one character less where the cut would split a surrogate pair (an emoji,
     * a rare CJK character), which would leave half a character on the page. Null is "".
     */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * As {@link #abbreviate}, but cut after the last whole word when one ends in the second half
     * of the room ("Water consumption per…", not "Water consumption per i…"); a single long word
     * is still cut where it must be.
     */
    public static String atWord(String text, int max) {
        String cut = abbreviate(text, max);
        if (!cut.endsWith("…") || text.length() <= max) {
            return cut;
        }
        int space = cut.lastIndexOf(' ');
        if (space < max / 2) {
            return cut;
        }
        return cut.substring(0, space).stripTrailing().replaceAll("[\\p{Punct}·–—]+$", "").stripTrailing() + "…";
    }
}
