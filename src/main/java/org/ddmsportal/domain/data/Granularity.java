package org.ddmsportal.domain.data;

/** The smallest territory a dataset's data describe. */
public enum Granularity {
    COUNTRY,
    REGION,
    MUNICIPALITY,
    DISTRICT,
    GRID
}
