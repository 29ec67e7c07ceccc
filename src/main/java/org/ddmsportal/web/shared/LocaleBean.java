package org.ddmsportal.web.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The interface language of this visit: the browser's if it is one of en, fr, ru, else English;
 * changed with the switcher in the header. Session scope: it belongs to the visitor, not to a
 * page.
 */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> LANGUAGES = List.of("en", "fr", "ru");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            Locale requested = context == null ? null : context.getExternalContext().getRequestLocale();
            locale = requested != null && LANGUAGES.contains(requested.getLanguage())
                    ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    /** Switches the language and reloads the current page (with its query string) in it. */
    public String switchTo(String language) {
        if (LANGUAGES.contains(language)) {
            locale = Locale.forLanguageTag(language);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
