package org.ddmsportal.domain.contact;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stores a set of ISO 639-1 language codes as one comma-separated column: a contact speaks a
 * handful of languages, and a column keeps the contact list a single query.
 */
@Converter
public class LanguageSetConverter implements AttributeConverter<Set<String>, String> {

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    /** Lower-cases and checks each code; throws on a code that is not ISO 639-1. */
    public static Set<String> normalise(Collection<String> codes) {
        Set<String> result = new TreeSet<>();
        if (codes == null) {
            return result;
        }
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String c = code.strip().toLowerCase(Locale.ROOT);
            if (!isLanguage(c)) {
                throw new IllegalArgumentException("not an ISO 639-1 language code: " + code);
            }
            result.add(c);
        }
        return result;
    }

    public static boolean isLanguage(String code) {
        return code != null && code.length() == 2 && ISO_LANGUAGES.contains(code);
    }

    @Override
    public String convertToDatabaseColumn(Set<String> attribute) {
        return attribute == null || attribute.isEmpty() ? null : String.join(",", new TreeSet<>(attribute));
    }

    @Override
    public Set<String> convertToEntityAttribute(String dbData) {
        if (dbData == null || dbData.isBlank()) {
            return new TreeSet<>();
        }
        return Arrays.stream(dbData.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
