package org.ddmsportal.domain.data;

/** Where a dataset's data come from (the proposal's kinds of data source). */
public enum SourceKind {
    ADMINISTRATIVE,
    SURVEY,
    BIG_DATA,
    GEOSPATIAL
}
