package org.ddmsportal.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A day as the portal writes it (2027-01-15), read strictly: "2026-02-30" is refused with a
 * translated message, where the date picker's own reading made it 2026-02-28 without a word.
 * The one converter of {@code ddms:date}.
 */
@FacesConverter("ddms.day")
public class DayConverter implements Converter<LocalDate> {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            Object label = component.getAttributes().get("label");
            String text = Texts.get("form.day.invalid", label == null ? component.getId() : label, value.strip());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : DAY.format(value);
    }

    /** The day written as yyyy-MM-dd; a day the calendar does not have is refused. */
    static LocalDate parse(String value) {
        return LocalDate.parse(value.strip(), DAY);
    }
}
