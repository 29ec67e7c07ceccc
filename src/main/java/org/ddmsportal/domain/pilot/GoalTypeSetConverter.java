package org.ddmsportal.domain.pilot;

import jakarta.persistence.Converter;
import org.ddmsportal.domain.shared.EnumSetConverter;

/** Stores a set of goal types as a comma-separated column. */
@Converter
public class GoalTypeSetConverter extends EnumSetConverter<GoalType> {

    public GoalTypeSetConverter() {
        super(GoalType.class);
    }
}
