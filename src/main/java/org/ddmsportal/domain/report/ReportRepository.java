package org.ddmsportal.domain.report;

import java.util.List;
import java.util.Map;
import org.ddmsportal.domain.casestudy.LessonCategory;

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

    /**
     * A lesson as the report prints it: its category, the title of what it is about (its case
     * study, partnership or pilot) and its text.
     */
    record LessonRow(LessonCategory category, String about, String text) {
    }

    /**
     * The country's lessons learned, newest first, at most {@code limit}: one statement, the
     * owners' titles with them (never one read per lesson).
     */
    List<LessonRow> lessonsOf(String alpha2, int limit);

    /** How many lessons the country has. */
    long countLessons(String alpha2);
}
