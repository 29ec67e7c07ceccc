package org.ddmsportal.domain.report;

import java.util.List;
import java.util.Map;
import org.ddmsportal.domain.casestudy.Lesson;

/**
 * The reports' own queries: counts per country in the database (GROUP BY, never rows loaded to
 * count them), and a country's lessons. The lists of a country's partnerships, agreements,
 * pilots… come from their own use cases and criteria, not from here.
 */
public interface ReportRepository {

    /** What {@link #countByCountry} counts, and by which value. */
    enum Counted { PARTNERSHIP_STATUS, AGREEMENT_STATUS, PILOT_STATUS, PILOT_PHASE, CASE_STUDY_STATUS }

    /** Country (alpha-2) → value (status, or phase number as text) → count. */
    Map<String, Map<String, Long>> countByCountry(Counted counted);

    /** The country's lessons learned, newest first, at most {@code limit}. */
    List<Lesson> lessonsOf(String alpha2, int limit);

    /** How many lessons the country has. */
    long countLessons(String alpha2);
}
