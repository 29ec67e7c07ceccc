package org.ddmsportal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactRepository;

/**
 * The language a mail is written in for its recipient: that of the registry's contact with the
 * address, by the languages they work in (the contact's form). English for one who works in English
 * (as every mail was before) or in none of the portal's languages; French or Russian for one who works
 * in it and not in English (French first); English for an address the registry does not know (the
 * coordinators' configured list, an account without a contact record).
 */
@ApplicationScoped
public class MailLanguages {

    /** The languages mails are written in, English first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"));

    @Inject
    ContactRepository contacts;

    /** The language of the mail to this address. */
    public Locale of(String email) {
        return contacts.findByEmail(email).map(Contact::getLanguages).map(MailLanguages::of).orElse(Locale.ENGLISH);
    }

    /** The language of the mail to someone who works in these languages (ISO 639-1 codes). */
    public static Locale of(Set<String> spoken) {
        if (spoken.contains(Locale.ENGLISH.getLanguage())) {
            return Locale.ENGLISH;
        }
        for (Locale language : LANGUAGES.subList(1, LANGUAGES.size())) {
            if (spoken.contains(language.getLanguage())) {
                return language;
            }
        }
        return Locale.ENGLISH;
    }

    /** The template of a mail in a language: {@code mail/<name>} in English, {@code mail/<language>/<name>} else. */
    public static String template(String name, Locale language) {
        return Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "mail/" + name
                : "mail/" + language.getLanguage() + "/" + name;
    }
}
