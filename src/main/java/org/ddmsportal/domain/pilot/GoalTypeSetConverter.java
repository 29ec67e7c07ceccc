package org.ddmsportal.domain.pilot;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of goal types as a comma-separated column. */
@Converter
public class GoalTypeSetConverter implements AttributeConverter<Set<GoalType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<GoalType> types) {
        return types == null || types.isEmpty() ? null
                : EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<GoalType> convertToEntityAttribute(String column) {
        Set<GoalType> types = EnumSet.noneOf(GoalType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(GoalType::valueOf).forEach(types::add);
        }
        return types;
    }
}
