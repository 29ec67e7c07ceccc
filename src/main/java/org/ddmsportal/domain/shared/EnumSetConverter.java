package org.ddmsportal.domain.shared;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a set of an enumeration's constants as one comma-separated column of their names, in
 * declaration order ({@code null} for none); a blank column reads as the empty set. A converter
 * for one enumeration extends it with its type ({@code ResourceSetConverter}).
 */
public abstract class EnumSetConverter<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    protected EnumSetConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(Set<E> attribute) {
        return attribute == null || attribute.isEmpty() ? null
                : EnumSet.copyOf(attribute).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        Set<E> set = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> Enum.valueOf(type, s)).forEach(set::add);
        }
        return set;
    }
}
