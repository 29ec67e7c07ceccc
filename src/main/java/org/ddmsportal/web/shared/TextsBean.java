package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * A translated text with its arguments for a view, where the text counts something:
 * {@code #{texts.of('dashboards.days', n)}} reads "1 day", "3 days", "5 дней". {@code h:outputFormat}
 * formats with the JDK's MessageFormat, which has no plural rules; this goes through {@link Texts},
 * as the beans' messages do ({@code BundlesTest} checks that no plural is given to {@code h:outputFormat}).
 */
@Named("texts")
@ApplicationScoped
public class TextsBean {

    /** What follows a label before its value: ":" in English and Russian, " :" (a no-break space) in French. */
    public String getColon() {
        return Texts.colon();
    }

    public String of(String key, Object first) {
        return Texts.get(key, first);
    }

    public String of(String key, Object first, Object second) {
        return Texts.get(key, first, second);
    }

    public String of(String key, Object first, Object second, Object third) {
        return Texts.get(key, first, second, third);
    }
}
