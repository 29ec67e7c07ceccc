package org.ddmsportal.domain.data;

/**
 * The file format a dataset is distributed in, with the matching term of the EU file-type
 * vocabulary (http://publications.europa.eu/resource/authority/file-type).
 */
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

    private final String euFileType;

    DataFormat(String euFileType) {
        this.euFileType = euFileType;
    }

    public String euFileType() {
        return euFileType;
    }
}
