package org.ddmsportal.domain.partnership;

import jakarta.persistence.Converter;
import org.ddmsportal.domain.shared.EnumSetConverter;

/** Stores a set of resources as one comma-separated column (a handful of values per side). */
@Converter
public class ResourceSetConverter extends EnumSetConverter<Resource> {

    public ResourceSetConverter() {
        super(Resource.class);
    }
}
