package org.ddmsportal.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ddmsportal.application.mail.Localized;
import org.ddmsportal.application.shared.MessagePatterns;
import org.junit.jupiter.api.Test;

/** The one formatter of texts with arguments (ICU's MessageFormat), without a container. */
class MessagePatternsTest {

    /**
     * English readers get English on a server whose own locale is French: English has a bundle of
     * its own (an empty messages_en), so neither MessagePatterns nor Faces' lookup falls back to it.
     */
    @Test
    void englishStaysEnglishOnAFrenchServer() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            ResourceBundle.clearCache();
            assertEquals("DDMS Portal", MessagePatterns.text(Locale.ENGLISH, "app.name"));
            assertEquals("DDMS Portal", ResourceBundle.getBundle(MessagePatterns.BUNDLE, Locale.ENGLISH).getString("app.name"),
                    "as Faces looks it up");
            assertEquals("{0}: a value is required.", ResourceBundle.getBundle("i18n.faces", Locale.ENGLISH)
                    .getString("jakarta.faces.component.UIInput.REQUIRED"), "Faces' own messages too");
            assertEquals("Portail DDMS", MessagePatterns.text(Locale.FRENCH, "app.name"));
        } finally {
            Locale.setDefault(server);
            ResourceBundle.clearCache();
        }
    }

    /** java.time arguments read as the JDK's MessageFormat gave them; ICU refuses an Instant and adds a time to a day. */
    @Test
    void datesAsBefore() {
        assertEquals("due 2027-06-30", MessagePatterns.format("due {0}", Locale.ENGLISH, LocalDate.of(2027, 6, 30)));
        String instant = MessagePatterns.format("at {0}", Locale.ENGLISH, Instant.parse("2027-06-30T10:15:00Z"));
        assertTrue(instant.startsWith("at ") && instant.contains("27"), instant);
    }

    @Test
    void aMailsDayIsWrittenInFullInItsLanguage() {
        LocalDate day = LocalDate.of(2027, 6, 30);
        assertEquals("June 30, 2027", Localized.date(day).in(Locale.ENGLISH));
        assertEquals("30 juin 2027", Localized.date(day).in(Locale.FRENCH));
        assertTrue(Localized.date(day).in(Locale.forLanguageTag("ru")).startsWith("30 июня 2027"));
    }
}
