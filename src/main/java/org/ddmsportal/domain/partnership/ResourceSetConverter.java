package org.ddmsportal.domain.partnership;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of resources as one comma-separated column (a handful of values per side). */
@Converter
public class ResourceSetConverter implements AttributeConverter<Set<Resource>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Resource> attribute) {
        return attribute == null || attribute.isEmpty() ? null
                : EnumSet.copyOf(attribute).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<Resource> convertToEntityAttribute(String dbData) {
        Set<Resource> set = EnumSet.noneOf(Resource.class);
        if (dbData != null && !dbData.isBlank()) {
            Arrays.stream(dbData.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Resource::valueOf).forEach(set::add);
        }
        return set;
    }
}
