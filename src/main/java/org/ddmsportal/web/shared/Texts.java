package org.ddmsportal.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.servlet.http.Cookie;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.application.shared.Failures;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.MessagePatterns;

/** Translated texts and messages for beans: the same bundle as the views, in the view's locale. */
public final class Texts {

    public static final String BUNDLE = MessagePatterns.BUNDLE;

    /** The cookie portal.js leaves with the browser's time zone (an IANA name, e.g. Europe/Belgrade). */
    public static final String ZONE_COOKIE = "ddms-zone";

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz");

    /** The Faces request attribute that keeps {@link #locale()}. */
    private static final String LOCALE = Texts.class.getName() + ".locale";
    /** The Faces request attribute that keeps {@link #zone()}. */
    private static final String ZONE = Texts.class.getName() + ".zone";

    private Texts() {
    }

    /**
     * The visitor's language. Taken from {@link LocaleBean}, not from the view root: during a
     * GET's view action the view root still has the default locale ({@code f:view locale} is
     * applied when rendering). Looked up once per Faces request and kept in its attributes:
     * {@code CDI.current()} walks the caller's stack to find its bean manager, and a list page asks
     * for the locale for every date and name it renders (15% of the showcase's CPU on the bench
     * data set, before).
     */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && context.getAttributes().get(LOCALE) instanceof Locale known) {
            return known;
        }
        Locale locale;
        try {
            locale = CDI.current().select(LocaleBean.class).get().getLocale();
        } catch (RuntimeException e) {
            return context == null || context.getViewRoot() == null ? Locale.ENGLISH : context.getViewRoot().getLocale();
        }
        if (context != null) {
            context.getAttributes().put(LOCALE, locale);
        }
        return locale;
    }

    public static String get(String key, Object... arguments) {
        Locale locale = locale();
        try {
            return MessagePatterns.text(locale, key, arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** What follows a label before its value in the user's language ({@code punctuation.colon}). */
    public static String colon() {
        return get("punctuation.colon");
    }

    /**
     * An instant as the user reads it: in their time zone ({@link #zone()}), medium style, in their
     * language, with the zone's name ("5 Dec 2026, 10:15:00 CET"; "… UTC" where it is not known).
     */
    public static String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return format(instant, zone(), locale());
    }

    static String format(Instant instant, ZoneId zone, Locale locale) {
        String name = ZoneOffset.UTC.equals(zone) ? "UTC" : ZONE_NAME.withLocale(locale).format(instant.atZone(zone));
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant)
                + " " + name;
    }

    /** The reader's time zone: the one their browser gave ({@value #ZONE_COOKIE}), else UTC. */
    public static ZoneId zone() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null) {
            return ZoneOffset.UTC;
        }
        // read once per request, as the locale: a list asks for every time it shows
        if (context.getAttributes().get(ZONE) instanceof ZoneId known) {
            return known;
        }
        Object cookie = context.getExternalContext().getRequestCookieMap().get(ZONE_COOKIE);
        ZoneId zone = zone(cookie instanceof Cookie c ? c.getValue() : null);
        context.getAttributes().put(ZONE, zone);
        return zone;
    }

    /** A time zone from the cookie's value (URL-encoded), UTC for none or one Java does not know. */
    static ZoneId zone(String value) {
        if (value == null || value.isEmpty() || value.length() > 80) {
            return ZoneOffset.UTC;
        }
        try {
            // a zone of fixed offset (UTC, Etc/UTC, Etc/GMT+3) becomes that offset: UTC is named "UTC"
            return ZoneId.of(URLDecoder.decode(value, StandardCharsets.UTF_8)).normalized();
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, get(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, get(key, arguments));
    }

    /** Shows a business failure as a translated message at the top of the page. */
    public static void error(DdmsException e) {
        Object[] args = e.arguments().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Instant instant) {
                args[i] = format(instant);
            }
        }
        String text = get(e.messageKey(), args);
        UIInput field = e instanceof InvalidInputException refusal && refusal.field() != null ? ViewTree.byId(UIInput.class, refusal.field()) : null;
        if (field == null) {
            add(FacesMessage.SEVERITY_ERROR, null, text);
            return;
        }
        // beside the field it is about, the field marked refused: portal.js brings it into view and
        // focuses it, as for the form's own checks (the dates' order was a line at the top of the page)
        FacesContext context = FacesContext.getCurrentInstance();
        keepShown(context, field);
        field.setValid(false);
        context.validationFailed();
        add(FacesMessage.SEVERITY_ERROR, field.getClientId(context), text);
    }

    /**
     * The field keeps showing its value: a field marked refused shows what was submitted, and after
     * the model took the value there is none (PrimeFaces' calendar rendered the typed day empty,
     * even with the value set as the field's local value). So the value goes back as the text the
     * field's converter writes (a day by the form's pattern); a field of several values keeps them
     * as its local value.
     */
    @SuppressWarnings("unchecked")
    private static void keepShown(FacesContext context, UIInput field) {
        Object value = field.getValue();
        if (value == null || field.getSubmittedValue() != null) {
            return;
        }
        if (field instanceof UISelectMany) {
            field.setValue(value);
            return;
        }
        Converter<Object> converter = field.getConverter() != null ? field.getConverter()
                : context.getApplication().createConverter(value.getClass());
        field.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(context, field, value));
    }


    /**
     * Shows constraint violations raised at the service boundary (already translated), without
     * the internal path of the value ({@code create.form.texts[SUMMARY]}): the fields are named by
     * the form itself, where Faces shows its own validation beside each field.
     */
    /**
     * Each violation in the reader's language; one about a case study's section is named by the
     * section ("Motivation: at most 20000 characters").
     */
    public static void error(ConstraintViolationException e) {
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String text = org.ddmsportal.application.shared.ViolationMessages.text(violation, locale());
            String key = org.ddmsportal.application.shared.ViolationMessages.mapKey(violation);
            if (key != null && key.matches("[A-Z_]+") && !get("Section." + key).startsWith("???")) {
                text = get("Section." + key) + colon() + " " + text;
            }
            add(FacesMessage.SEVERITY_ERROR, null, text);
        }
    }

    /**
     * Runs a page action that calls a use case. A business failure or a constraint violation
     * becomes a translated message and the action answers {@code null} (stay on the page, with
     * the user's input); otherwise its outcome is returned.
     */
    public static String attempt(Supplier<String> action) {
        try {
            return action.get();
        } catch (DdmsException e) {
            error(e);
        } catch (ConstraintViolationException e) {
            error(e);
        } catch (RuntimeException e) {
            // Two saves of the same version at once: both pass the version check, the second
            // fails when its transaction commits. The user gets the conflict message, not a 500;
            // likewise two people recording the same code or e-mail address at once.
            Optional<String> duplicate = Failures.duplicateField(e);
            if (duplicate.isPresent()) {
                add(FacesMessage.SEVERITY_ERROR, null, get("error.duplicate." + duplicate.get()));
            } else if (Failures.isConcurrentUpdate(e)) {
                add(FacesMessage.SEVERITY_ERROR, null, get("error.concurrentEditNow"));
            } else if (Failures.isUnexplainedRollback(e)) {
                String id = UUID.randomUUID().toString();
                Logger.getLogger(Texts.class.getName()).log(Level.WARNING,
                        "commit rolled back without a cause " + id + " (the server log's DTX5014 just before says why)", e);
                add(FacesMessage.SEVERITY_ERROR, null, get("error.notSaved", id));
            } else {
                throw e;
            }
        }
        return null;
    }

    /**
     * Runs a use case as {@link #attempt(Supplier)} does; when it succeeds, says {@code messageKey}
     * and answers {@code outcome}, e.g. the page again ({@code ViewPage.reload()}).
     */
    public static String attempt(Runnable action, String messageKey, String outcome) {
        return attempt(() -> {
            action.run();
            info(messageKey);
            return outcome;
        });
    }

    private static void add(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
