package org.ddmsportal.domain.data;

import java.time.Instant;
import java.util.List;

/**
 * The public datasets as the open catalogue reads them: a summary of all of them, and one page
 * at a time in id order. Only datasets whose confidentiality is PUBLIC are ever returned.
 */
public interface CatalogueRepository {

    /** How many public datasets there are, when the first was recorded, and their countries. */
    Summary summary();

    /** Page {@code page} (from 1) of {@code size} public datasets, in id order. */
    List<CatalogueEntry> page(int page, int size);

    /** The public dataset of this id, as the catalogue lists it; empty for another or none. */
    java.util.Optional<CatalogueEntry> entry(long id);

    /** A country of the catalogue (its EU authority code and English name). */
    record Country(String alpha3, String name) {
    }

    record Summary(long publicDatasets, Instant firstCreated, List<Country> countries) {

        /** The number of pages of {@code size} (at least one: an empty catalogue is one empty page). */
        public int pages(int size) {
            return (int) Math.max(1, (publicDatasets + size - 1) / size);
        }
    }
}
