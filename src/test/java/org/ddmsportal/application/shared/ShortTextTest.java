package org.ddmsportal.application.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShortTextTest {

    @Test
    void aTextThatFitsIsKeptAndALongerOneIsCutToTheSizeWithAnEllipsis() {
        assertEquals("Water", ShortText.abbreviate("Water", 5));
        assertEquals("Wat…", ShortText.abbreviate("Water!", 4));
        assertEquals(4, ShortText.abbreviate("Water!", 4).length());
        assertEquals("", ShortText.abbreviate(null, 4));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "ab\uD83D\uDCA7water"; // "ab💧water": the drop is two chars, at 2 and 3
        assertEquals("ab…", ShortText.abbreviate(text, 4), "the cut would fall inside the drop: it goes before it");
        assertEquals("ab\uD83D\uDCA7…", ShortText.abbreviate(text, 5));
    }

    @Test
    void aLabelIsCutAfterItsLastWholeWordWhenOneEndsLateEnough() {
        assertEquals("Indicator · (agreement…", ShortText.atWord("Indicator · (agreement not in force)", 24));
        assertEquals("Water use per…", ShortText.atWord("Water use per inhabitant", 16), "no dangling space or dot");
        assertEquals("Supercalifragilistic…", ShortText.atWord("Supercalifragilisticexpialidocious", 21),
                "one long word is cut where it must be");
        assertEquals("Water", ShortText.atWord("Water", 5));
    }
}
