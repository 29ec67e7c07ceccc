package org.ddmsportal.domain.data;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/**
 * The file format a dataset is distributed in, with the matching term of the EU file-type
 * vocabulary (http://publications.europa.eu/resource/authority/file-type).
 */
@RequiredArgsConstructor
public enum DataFormat {
    CSV("CSV"),
    XLSX("XLSX"),
    JSON("JSON"),
    XML("XML"),
    SDMX("SDMX"),
    GEOJSON("GEOJSON"),
    SHP("SHP"),
    DATABASE("SQL"),
    API("JSON");

    @Getter @Accessors(fluent = true)
    private final String euFileType;
}
