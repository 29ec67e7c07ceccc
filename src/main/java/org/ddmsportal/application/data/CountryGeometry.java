package org.ddmsportal.application.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The centroid and bounding box of each country the portal knows, read once from
 * {@code reference/country-geometry.tsv} (sources and licences are in its header), written as
 * GeoSPARQL WKT literals — the form DCAT-AP 3 gives for {@code dcat:centroid} and {@code dcat:bbox}.
 */
public record CountryGeometry(double latitude, double longitude, double west, double south, double east, double north) {

    public static final String WKT_LITERAL = "http://www.opengis.net/ont/geosparql#wktLiteral";
    static final String RESOURCE = "/reference/country-geometry.tsv";

    private static final Map<String, CountryGeometry> BY_ALPHA3 = load();

    /** The geometry of a country by its ISO 3166-1 alpha-3 code, if the file has it. */
    public static Optional<CountryGeometry> of(String alpha3) {
        return alpha3 == null ? Optional.empty() : Optional.ofNullable(BY_ALPHA3.get(alpha3));
    }

    static int size() {
        return BY_ALPHA3.size();
    }

    /** {@code POINT(longitude latitude)}: WKT puts x (longitude) first. */
    public String centroidWkt() {
        return "POINT(" + longitude + " " + latitude + ")";
    }

    /** The bounding box as a closed WKT polygon, counter-clockwise from the south-west corner. */
    public String bboxWkt() {
        return "POLYGON((" + west + " " + south + ", " + east + " " + south + ", " + east + " " + north + ", "
                + west + " " + north + ", " + west + " " + south + "))";
    }

    private static Map<String, CountryGeometry> load() {
        Map<String, CountryGeometry> geometry = new HashMap<>();
        try (InputStream in = CountryGeometry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 7) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": 7 tab-separated fields expected");
                }
                geometry.put(f[0], new CountryGeometry(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        Double.parseDouble(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(geometry);
    }
}
